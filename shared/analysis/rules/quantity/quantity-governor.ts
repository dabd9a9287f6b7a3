// What a number hangs on: the word its noun phrase depends on, found by walking left past the
// phrase's own words (articles, possessives, hedges such as "about", "more than", "up to", and "all",
// "the other", "each of the"). Issue 11 asks for a number's role to be decided by it: a result or
// change verb makes a measure, a context verb or preposition a size.
import type { Token } from '../language/tokenize';
import { wordSet } from '../language/lexicon';
import { ONE_WORD_HEDGES } from './quantity-lexicon';

/** Words inside a noun phrase before its number: they do not govern it. */
const PHRASE_WORDS = wordSet('number-phrase-words', [
  'a',
  'an',
  'the',
  'all',
  'both',
  'each',
  'every',
  'other',
  'another',
  'my',
  'our',
  'their',
  'his',
  'her',
  'its',
  'your',
  'this',
  'that',
  'these',
  'those',
  'same',
  'only',
  'just',
  'some',
  'first',
  'last',
  'next',
  'past',
  'remaining',
]);

/** One-word hedges on a number: "about 40", "nearly 300". */
const HEDGES = wordSet('number-hedges', ONE_WORD_HEDGES);

/** The first word of "more than", "fewer than". */
const COMPARATIVES = wordSet('hedge-comparatives', ['more', 'less', 'fewer']);

/** Quantifiers that take "of" inside the phrase: "each of the 4 engineers", "all of our 12 stores". */
const OF_QUANTIFIERS = wordSet('of-quantifiers', ['each', 'all', 'both', 'most', 'some', 'none', 'any', 'one']);

/**
 * Symbols that belong to a number's phrase ("~40", "$2M", "40+") or only mark it up ("shipping **1 ticket**",
 * "_40_ boilers"): the number's governor lies past them.
 */
const PHRASE_SYMBOLS = new Set(['~', '≈', '+', '$', '€', '£', '*', '_']);

/** Nouns and adverbs that take "of" to round a number: "north of 400", "upwards of", "shy of", "in excess of". */
const APPROXIMATOR_HEADS = new Set(['north', 'south', 'upwards', 'upward', 'shy', 'excess']);

/** Degree words before a hedge: "well over 200", "a little under", "a bit more than", "far fewer than". */
const HEDGE_DEGREES = new Set(['well', 'little', 'bit', 'far', 'slightly', 'comfortably']);

/**
 * Whether the word at `k` only rounds the number at `index`: a degree word before a hedge ("well over 200") or
 * "good" just before the number after "a" ("a good 400"). An approximator stands between a verb and the count
 * it governs ("made roughly 400", "sold well over 200") and must not take the verb's place.
 */
function isApproximatorWord(tokens: Token[], k: number, index: number): boolean {
  const w = tokens[k].lower;
  const next = tokens[k + 1]?.lower ?? '';
  if (HEDGE_DEGREES.has(w)) return HEDGES.has(next) || COMPARATIVES.has(next) || next === 'shy';
  if (w === 'in') return next === 'excess';
  return w === 'good' && k === index - 1 && tokens[k - 1]?.lower === 'a';
}

/** The governing word of a number: its token index, or -1 when the number opens its clause. */
export function governorOf(tokens: Token[], index: number): number {
  for (let k = index - 1, seen = 0; k >= 0 && seen < 6; k--) {
    const t = tokens[k];
    if (t.kind === 'symbol') {
      if (PHRASE_SYMBOLS.has(t.text)) continue;
      return -1;
    }
    seen++;
    const w = t.lower;
    if (PHRASE_WORDS.has(w) || HEDGES.has(w)) continue;
    const before = tokens[k - 1]?.lower ?? '';
    // "more than", "at least", "up to", "each of the": two words inside the phrase; "something like", "close
    // to", "north of", "in excess of": an approximator of two words, whatever verb stands before it.
    if (
      (w === 'than' && COMPARATIVES.has(before)) ||
      ((w === 'least' || w === 'most') && before === 'at') ||
      (w === 'to' && (before === 'up' || before === 'close')) ||
      (w === 'of' && (OF_QUANTIFIERS.has(before) || APPROXIMATOR_HEADS.has(before))) ||
      (w === 'like' && before === 'something')
    ) {
      k--;
      continue;
    }
    if (isApproximatorWord(tokens, k, index)) continue;
    return k;
  }
  return -1;
}
