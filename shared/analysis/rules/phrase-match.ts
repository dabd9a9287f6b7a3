// Matching fixed phrases ("worked on", "was involved in") against a token list with Set lookups,
// so lexicon rules cost one pass over the tokens and no regex.
import type { Token } from './tokenize';

export interface PhraseHit {
  start: number;
  end: number;
  phrase: string;
}

export type PhraseIndex = Map<string, string[][]>;

/** Index phrases by their first word. */
export function phraseIndex(phrases: Iterable<string>): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const p of phrases) {
    const parts = p.split(' ');
    const list = index.get(parts[0]) ?? [];
    list.push(parts);
    list.sort((a, b) => b.length - a.length); // longest phrase first
    index.set(parts[0], list);
  }
  return index;
}

// Whether an index has a phrase that starts with something other than a word of letters (a digit, a
// symbol): most have none, so their matching passes over punctuation and numbers without a lookup.
const oddStarts = new WeakMap<PhraseIndex, boolean>();
function hasOddStarts(index: PhraseIndex): boolean {
  let odd = oddStarts.get(index);
  if (odd === undefined) {
    odd = [...index.keys()].some((k) => !/^\p{L}/u.test(k) || /\d/.test(k));
    oddStarts.set(index, odd);
  }
  return odd;
}

/** All non-overlapping phrase hits, longest first at each position. Symbols between words break a phrase. */
export function matchPhrases(tokens: Token[], index: PhraseIndex): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const wordsOnly = !hasOddStarts(index);
  for (let i = 0; i < tokens.length; i++) {
    if (wordsOnly && tokens[i].kind !== 'word') continue;
    const candidates = index.get(tokens[i].lower);
    if (!candidates) continue;
    for (const parts of candidates) {
      let ok = true;
      for (let k = 1; k < parts.length; k++) {
        if (tokens[i + k]?.lower !== parts[k]) {
          ok = false;
          break;
        }
      }
      if (ok) {
        hits.push({ start: tokens[i].start, end: tokens[i + parts.length - 1].end, phrase: parts.join(' ') });
        i += parts.length - 1;
        break;
      }
    }
  }
  return hits;
}
