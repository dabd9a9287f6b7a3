// "We" without "I": a section that says what "we" did but never what "I" did leaves the
// interviewer unable to credit the speaker. Counted per section (per analyzed text).
import type { Token } from './tokenize';

const SINGULAR = new Set(['i', 'my', 'me', 'myself', 'mine', "i'm", "i've", "i'd", "i'll"]);
const PLURAL = new Set(['we', 'our', 'us', 'ourselves', 'ours', "we're", "we've", "we'd", "we'll"]);

export interface PronounCount {
  singular: number;
  plural: number;
  /** Offsets of the first plural pronoun, relative to the tokens' text. */
  firstPlural?: { start: number; end: number };
}

export function countPronouns(tokens: Token[]): PronounCount {
  const count: PronounCount = { singular: 0, plural: 0 };
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    if (SINGULAR.has(t.lower)) count.singular++;
    else if (PLURAL.has(t.lower) && !(t.lower === 'us' && t.text === 'US')) {
      count.plural++;
      if (!count.firstPlural) count.firstPlural = { start: t.start, end: t.end };
    }
  }
  return count;
}

/** True when a section says "we" and never "I". */
export function isWeWithoutI(count: PronounCount): boolean {
  return count.plural > 0 && count.singular === 0;
}
