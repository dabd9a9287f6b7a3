// Short quotes from a story for prompts and follow-up questions: the opening words of a sentence or
// clause, without bullet marks or Markdown emphasis, cut at a word boundary.
import type { StorySection } from '../domain-types';

export interface Anchor {
  section: StorySection;
  /** UTF-16 offsets into that section's text. */
  start: number;
  end: number;
}

export interface Quote {
  text: string;
  anchor: Anchor;
}

const LEAD = /^[\s\-*•·>"“”'‘’(_#]+/;
/** How many words a quote keeps unless its caller asks for more. */
export const MAX_QUOTE_WORDS = 10;
const MAX_WORDS = MAX_QUOTE_WORDS;

/**
 * Quotes `text.slice(start, end)` from the section: skips leading marks, keeps at most `maxWords` words (ten
 * unless a caller needs a long subject and its number together), stops early at a clause break once four words
 * are in, and adds "…" when it cut something.
 */
export function quoteSpan(
  text: string,
  section: StorySection,
  start: number,
  end: number,
  maxWords = MAX_WORDS,
): Quote | undefined {
  const raw = text.slice(start, end);
  const lead = LEAD.exec(raw)?.[0].length ?? 0;
  const from = start + lead;
  const body = text.slice(from, end);
  // The words it reads: up to maxWords, and one more to know whether it cut anything.
  const words: RegExpExecArray[] = [];
  const word = /\S+/g;
  while (words.length <= maxWords) {
    const m = word.exec(body);
    if (m === null) break;
    words.push(m);
  }
  if (words.length === 0) return undefined;
  let last = Math.min(words.length, maxWords) - 1;
  for (let i = 3; i <= last; i++) {
    if (/[,;:—–)]$|\*\*$/.test(words[i][0]) || (i + 1 < words.length && /^[—–-]$/.test(words[i + 1][0]))) {
      last = i;
      break;
    }
  }
  const w = words[last];
  let stop = w.index + w[0].length;
  let shown = body.slice(0, stop).replace(/[\s,;:.!?—–*"“”]+$/, '');
  stop = shown.length;
  shown = shown.replace(/\*\*/g, '').replace(/\s+/g, ' ');
  const cut = last < words.length - 1;
  return { text: cut ? `${shown}…` : shown, anchor: { section, start: from, end: from + stop } };
}
