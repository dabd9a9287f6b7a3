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
    // "more than", "at least", "up to", "each of the": two words inside the phrase.
    if (
      (w === 'than' && COMPARATIVES.has(before)) ||
      ((w === 'least' || w === 'most') && before === 'at') ||
      (w === 'to' && before === 'up') ||
      (w === 'of' && OF_QUANTIFIERS.has(before))
    ) {
      k--;
      continue;
    }
    return k;
  }
  return -1;
}
