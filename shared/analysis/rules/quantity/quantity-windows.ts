// A window of past time that frames the data or the result: "over the last 12 months", "trained on the
// past two years of claims", "in the last six weeks". It says which stretch the numbers or the data come
// from, a period (RUBRIC-NOTES, effort spans: "a schedule or a period … is not"), not the time the work
// took. Told as an object the work went through ("read the last 12 months of complaints") it stays the
// material gone through, a metric. Two more periods by their slot in the clause, not by the verb's act:
// - the stretch a thing moved over, after an intransitive change ("time to mitigate fell steadily over two
//   years", "has grown over five years"): the subject is the thing that moved, so the time frames the change;
// - the stretch a first or a record is told against ("the first agreement without a ballot in 10 years").
// The time the writer's act took ("rebuilt it over six months", "cut it in two weeks") keeps its role.
import type { NumberContext } from './quantity-context';
import { APPROXIMATORS } from './quantity-lexicon';
import { MOVE_VERBS, STATE_CHANGE_VERBS, WINDOW_PREPOSITIONS } from '../language/lexicon';

/** Words that make a stretch of time reach back to now: "the last 90 days", "the past two years". */
const BACK_TO_NOW = new Set(['last', 'past', 'previous', 'preceding']);

/** Prepositions of the stretch a change ran over: "fell over two years", "rose across 18 months". */
const STRETCH_PREPOSITIONS = new Set(['over', 'across', 'during', 'throughout']);
/** Words read back from the preposition for the change verb, in its clause. */
const CHANGE_REACH = 3;
/** Words that may stand between a change verb and the preposition: "fell steadily over", "rose a little over". */
const isManner = (lower: string) => lower.endsWith('ly') || lower === 'a' || lower === 'little' || lower === 'bit';

/** "fell steadily over two years": an intransitive change verb a few words before the preposition at `k`. */
function changeStretch(n: NumberContext, k: number): boolean {
  const { tokens } = n;
  if (!STRETCH_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return false;
  for (let v = k - 1, seen = 0; v >= 0 && seen < CHANGE_REACH; v--, seen++) {
    const w = tokens[v];
    if (w.kind !== 'word') return false;
    if (MOVE_VERBS.has(w.lower) || STATE_CHANGE_VERBS.has(w.lower)) return true;
    if (!isManner(w.lower)) return false;
  }
  return false;
}

/** Words read back from "in N years" for the first or the record it frames, in the clause. */
const RECORD_REACH = 10;

/**
 * "the first agreement without a ballot in 10 years", "the best season in a decade", "the first time in six
 * months": "in" a stretch after a "first" or a superlative. In years or decades a record is told against the
 * stretch; in shorter units only "the first time" is ("shipped the first release in 3 weeks" is the time the work took).
 */
function recordStretch(n: NumberContext, k: number): boolean {
  const { tokens, q } = n;
  if (tokens[k]?.lower !== 'in') return false;
  const long = /^(?:years?|yrs?|decades?)$/.test(q.head ?? '');
  for (let v = k - 1, seen = 0; v >= 0 && seen < RECORD_REACH; v--, seen++) {
    const w = tokens[v];
    if (w.kind === 'symbol' && w.text !== '-') return false;
    if (!long && w.lower === 'time' && tokens[v - 1]?.lower === 'first') return true;
    if (long && (w.lower === 'first' || /^(?:best|highest|lowest|fewest|most|least)$/.test(w.lower))) return true;
  }
  return false;
}

/**
 * Whether the duration `q` is a period (see the head of this file): "the last/past N <unit>" after a preposition
 * of a window, the stretch a change ran over, or the stretch a first is told against. The run of a record
 * ("three years running") is left alone: the writers label the record it carries ("no exceptions two years
 * running", "top lister three years running") a metric.
 */
export function isPastWindow(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.kind !== 'duration' || q.change) return false;
  let p = n.at - 1;
  while (p >= 0 && APPROXIMATORS.has(tokens[p].lower) && !STRETCH_PREPOSITIONS.has(tokens[p].lower)) p--;
  if (changeStretch(n, p) || recordStretch(n, p)) return true;
  let k = n.at - 1;
  while (k >= 0 && (tokens[k].kind === 'symbol' || APPROXIMATORS.has(tokens[k].lower))) k--;
  if (!BACK_TO_NOW.has(tokens[k]?.lower ?? '')) return false;
  k--;
  if (tokens[k]?.lower === 'the') k--;
  return WINDOW_PREPOSITIONS.has(tokens[k]?.lower ?? '');
}
