// A value that sets a target, a budget or a threshold, told with the value: "Own the on-call rotation
// (99.95% SLO)", "~40ms p99 budget", "redesigned the page to a hard budget of 300 ms", "Our target was
// 99.9% uptime". RUBRIC.md: configuration values are no metric, and a target in a goal measures nothing
// done. The value hangs on a target noun that heads its phrase ("99.5% SLA compliance" is a measured
// share), or the noun comes first with "of" or a copula. A target met or held ("hit the 99.9% uptime
// target", "maintained a 99.95% SLA") is a value the work reached and keeps its metric; "12% under
// budget" compares with a target, it sets none. Money is left to the budget and program readings: a
// "$3M budget" sizes the work (scale).
import type { NumberContext } from './quantity-context';
import { prevWordIndex } from './quantity-phrase';
import type { Token } from '../language/tokenize';
import { TARGET_VALUE_NOUNS, TARGET_VERBS, VALUE_HOLDING_VERBS } from '../language/lexicon';

/** Words that end the look from a value to its noun: "12% under budget" compares with a target, it sets none. */
const TARGET_STOPS = new Set([
  'under',
  'over',
  'below',
  'above',
  'against',
  'than',
  'of',
  'to',
  'in',
  'on',
  'and',
  'or',
]);
/** Words read between a value and the target noun it modifies: "~40ms p99 budget", "99.9% uptime target". */
const TARGET_REACH = 2;

/**
 * "(99.95% SLO)", "~40ms p99 budget", "a hard budget of 300 ms per page", "Our target was 99.9% uptime": a
 * value that sets a target, a budget or a threshold is a configuration value, not a measure of the work.
 * Money is left to the budget and program readings: a "$3M budget" sizes the work (scale).
 */
export function isTargetValue(n: NumberContext): boolean {
  const { tokens, q, at, after } = n;
  if (q.kind === 'money' || q.kind === 'rank') return false;
  if (q.change || q.fromTo || q.result || q.handled || q.perTime) return false;
  // The target noun is looked for first: most values have none, and the look back for a verb that met a
  // target (two lemma lookups a word) is then never made.
  return setsTarget(tokens, at, after) && !targetReached(tokens, at);
}

/** The value at `at` (its phrase ending before `after`) hangs on a target noun, after it or before it. */
function setsTarget(tokens: Token[], at: number, after: number): boolean {
  for (let k = after, seen = 0; k < tokens.length && seen <= TARGET_REACH; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' && t.kind !== 'number') break;
    // The noun heads the phrase: "99.5% SLA compliance" is a measured share, not the SLA.
    if (TARGET_VALUE_NOUNS.has(t.lower)) return endsPhrase(tokens[k + 1]);
    if (TARGET_STOPS.has(t.lower)) break;
    seen++;
  }
  // "a target of 99.9%", "our target was 99.9%": the noun, then "of" or a copula, then the value.
  let p = prevWordIndex(tokens, at);
  if (p >= 0 && (tokens[p].lower === 'a' || tokens[p].lower === 'an')) p--;
  const link = tokens[p]?.lower;
  if (link !== 'of' && link !== 'was' && link !== 'is') return false;
  return TARGET_VALUE_NOUNS.has(tokens[p - 1]?.lower ?? '');
}

/** Words after a noun that end its phrase: "a 94% target for the year", "the 99.9% uptime target every month". */
const PHRASE_ENDS = new Set([
  ...TARGET_STOPS,
  ...['for', 'with', 'per', 'every', 'each', 'that', 'which', 'was', 'is', 'were', 'are', 'at', 'by', 'from'],
]);

/** Whether the token after a noun ends its noun phrase: a mark, the end, or a word that opens what follows. */
function endsPhrase(next: Token | undefined): boolean {
  return next === undefined || next.kind === 'symbol' || PHRASE_ENDS.has(next.lower);
}

/** Words read back from a target's value for a verb that met it: "hit the 99.9% uptime target". */
const REACHED_REACH = 4;

/** "hit the 99.9% uptime target every month", "met our 95% SLA": a target met is a value the work reached. */
function targetReached(tokens: readonly Token[], at: number): boolean {
  // Every token counts toward the reach, so a long run of figures is read in constant time per figure.
  for (let k = at - 1; k >= 0 && k >= at - 2 * REACHED_REACH; k--) {
    const t = tokens[k];
    if (t.kind === 'word' && (TARGET_VERBS.has(t.lower) || VALUE_HOLDING_VERBS.has(t.lower))) return true;
  }
  return false;
}
