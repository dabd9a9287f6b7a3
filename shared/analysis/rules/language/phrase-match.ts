// Matching fixed phrases ("worked on", "was involved in") against a token list with Set lookups,
// so lexicon rules cost one pass over the tokens and no regex.
import type { Token } from './tokenize';
import type { WordFacts } from './word-facts';

export interface PhraseHit {
  start: number;
  end: number;
  phrase: string;
}

/** Phrases by their first word, with what matching needs to know of them, found once. */
export interface PhraseIndex {
  /** The phrases (as word lists) each word starts, longest first. */
  readonly byFirst: ReadonlyMap<string, string[][]>;
  /**
   * Some phrase starts with something other than a word of letters (a digit, a symbol). Most indexes
   * have none, so their matching passes over punctuation and numbers without a lookup.
   */
  readonly oddStarts: boolean;
  /**
   * The index's bit in a word's facts, so a word no phrase of the index starts with is passed over
   * without a lookup the next time; indexes past the 30th get none and are looked up every time.
   */
  readonly bit: number;
}

let bitsGiven = 0;

/** Index phrases by their first word. */
export function phraseIndex(phrases: Iterable<string>): PhraseIndex {
  const byFirst = new Map<string, string[][]>();
  for (const p of phrases) {
    const parts = p.split(' ');
    const list = byFirst.get(parts[0]) ?? [];
    list.push(parts);
    list.sort((a, b) => b.length - a.length); // longest phrase first
    byFirst.set(parts[0], list);
  }
  const oddStarts = [...byFirst.keys()].some((k) => !/^\p{L}/u.test(k) || /\d/.test(k));
  const bit = bitsGiven < 30 ? 1 << bitsGiven++ : 0;
  return { byFirst, oddStarts, bit };
}

/** Whether a phrase of the index may start with the word. */
function mayStart(facts: WordFacts | undefined, lower: string, index: PhraseIndex): boolean {
  const bit = index.bit;
  if (facts === undefined || bit === 0) return true;
  if ((facts.phraseIndexesAsked & bit) === 0) {
    facts.phraseIndexesAsked |= bit;
    if (index.byFirst.has(lower)) facts.phraseIndexesStarting |= bit;
  }
  return (facts.phraseIndexesStarting & bit) !== 0;
}

/** All non-overlapping phrase hits, longest first at each position. Symbols between words break a phrase. */
export function matchPhrases(tokens: Token[], index: PhraseIndex): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const wordsOnly = !index.oddStarts;
  for (let i = 0; i < tokens.length; i++) {
    if (wordsOnly && tokens[i].kind !== 'word') continue;
    if (!mayStart(tokens[i].facts, tokens[i].lower, index)) continue;
    const candidates = index.byFirst.get(tokens[i].lower);
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
