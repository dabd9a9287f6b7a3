// A tenure told with "spend": "Before that I spent six years at a credit bureau", "I spent 4 years as a
// buyer", "Spent two years in retail banking". How long the writer held a post is context (RUBRIC-NOTES
// "Headerless stories": the tenure, like the arrival, is no act; "Status lines": how long they have
// worked is no claim), as "I have taught maths there for six years" is (claims.ts heldRemitFor). The
// shape: a form of "spend", a span of years or months, then where or as what ("at", "as", "in",
// "with"). Time spent on a piece of work ("spent six weeks rewriting the loader", "spent two months on the
// migration") is the writer's effort, and stays an act.
import { lemmaSet } from '../language/word-lists/lemma-set';
import { TENURE_UNITS } from '../language/lexicon';
import { numberWordValue } from '../quantity/number-words';

const SPEND = lemmaSet('spend-verbs', ['spend']);

/** Words a span may open with: "about six years", "nearly a decade", "the last 4 years". */
const SPAN_OPENERS = new Set([
  'about',
  'around',
  'almost',
  'nearly',
  'over',
  'some',
  'roughly',
  'the',
  'last',
  'a',
  'my',
  'first',
]);

/** Prepositions that place a tenure: at an employer, as a post, in a field, with a firm. */
const PLACE_PREPOSITIONS = new Set(['at', 'as', 'in', 'with']);

/** Whether `words[j]` is a form of "spend" that opens a tenure: a span of years or months, then where or as what. */
export function isSpentTenure(words: readonly string[], j: number): boolean {
  const w = words[j];
  if (w === undefined || !w.startsWith('spen') || SPEND.lemmaOf(w) === undefined) return false;
  let u = j + 1;
  while (u < words.length && u <= j + 3 && SPAN_OPENERS.has(words[u])) u++;
  if (numberWordValue(words[u] ?? '') !== undefined || /^\d+\+?$/.test(words[u] ?? '')) u++;
  if (!TENURE_UNITS.has(words[u] ?? '')) return false;
  return PLACE_PREPOSITIONS.has(words[u + 1] ?? '');
}
