// Matching fixed phrases ("worked on", "was involved in") against a token list with Set lookups,
// so lexicon rules cost one pass over the tokens and no regex.
import type { Token } from './tokenize';
import type { WordFacts } from './word-facts';

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

// Each index's bit in a word's facts, so a word no phrase of an index starts with is passed over
// without a lookup the next time; indexes past the 30th are looked up every time.
const indexBits = new WeakMap<PhraseIndex, number>();
let bitsGiven = 0;
function bitOf(index: PhraseIndex): number {
  let bit = indexBits.get(index);
  if (bit === undefined) {
    bit = bitsGiven < 30 ? 1 << bitsGiven++ : 0;
    indexBits.set(index, bit);
  }
  return bit;
}

/** Whether a phrase of the index (whose bit is `bit`) may start with the word. */
function mayStart(facts: WordFacts | undefined, lower: string, index: PhraseIndex, bit: number): boolean {
  if (facts === undefined || bit === 0) return true;
  if ((facts.phraseIndexesAsked & bit) === 0) {
    facts.phraseIndexesAsked |= bit;
    if (index.has(lower)) facts.phraseIndexesStarting |= bit;
  }
  return (facts.phraseIndexesStarting & bit) !== 0;
}

/** All non-overlapping phrase hits, longest first at each position. Symbols between words break a phrase. */
export function matchPhrases(tokens: Token[], index: PhraseIndex): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const wordsOnly = !hasOddStarts(index);
  const bit = bitOf(index);
  for (let i = 0; i < tokens.length; i++) {
    if (wordsOnly && tokens[i].kind !== 'word') continue;
    if (!mayStart(tokens[i].facts, tokens[i].lower, index, bit)) continue;
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
