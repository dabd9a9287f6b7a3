// A window of past time that frames the data or the result: "over the last 12 months", "trained on the
// past two years of claims", "in the last six weeks". It says which stretch the numbers or the data come
// from, a period (RUBRIC-NOTES, effort spans: "a schedule or a period … is not"), not the time the work
// took. Told as an object the work went through ("read the last 12 months of complaints") it stays the
// material gone through, a metric.
import type { NumberContext } from './quantity-context';
import { APPROXIMATORS } from './quantity-lexicon';
import { WINDOW_PREPOSITIONS } from '../language/lexicon';

/** Words that make a stretch of time reach back to now: "the last 90 days", "the past two years". */
const BACK_TO_NOW = new Set(['last', 'past', 'previous', 'preceding']);

/** Whether the duration `q` is "the last/past N <unit>" after a preposition of a window or a period. */
export function isPastWindow(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.kind !== 'duration' || q.change) return false;
  let k = n.at - 1;
  while (k >= 0 && (tokens[k].kind === 'symbol' || APPROXIMATORS.has(tokens[k].lower))) k--;
  if (!BACK_TO_NOW.has(tokens[k]?.lower ?? '')) return false;
  k--;
  if (tokens[k]?.lower === 'the') k--;
  return WINDOW_PREPOSITIONS.has(tokens[k]?.lower ?? '');
}
