// Time allowed for a piece of work ("I had two weeks to build it", "we were given 3 days to ship",
// "a six-week deadline") states a constraint the writer was set, not a measure of what they did: it is
// no metric. The time the work took ("shipped it in two weeks") stays one.
import type { NumberContext } from './quantity-context';
import { type Token } from '../language/tokenize';

// Words right before the duration that make it time granted: "had", "was given", "allotted".
const GRANTING = new Set(['had', 'have', 'has', 'given', 'gave', 'allotted', 'allowed', 'granted']);
// Words that may sit between the granting word and the duration: "had only", "gave us just".
const FILLERS = new Set([
  'only',
  'just',
  'about',
  'roughly',
  'around',
  'barely',
  'me',
  'us',
  'them',
  'him',
  'her',
  'a',
]);
// Nouns that make a duration before them a limit: "a two-week deadline", "a 3-month window"; a notice
// period ("gave us six weeks' notice") is the time left before a change others announced (RUBRIC.md: deadlines).
const LIMIT_NOUNS = new Set([
  'notice',
  'deadline',
  'deadlines',
  'timeline',
  'timeframe',
  'window',
  'time-frame',
  'time-box',
  'timebox',
]);

function wordAfter(tokens: Token[], k: number): number {
  while (k < tokens.length && tokens[k].kind === 'symbol') k++;
  return k;
}

/** Whether a duration is the time the writer was allowed rather than the time the work took. */
export function isTimeAllowance(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.kind !== 'duration') return false;
  const first = n.at < tokens.length ? n.at : -1;
  if (first < 0) return false;
  // A limit noun inside or right after the quantity: "a two-week deadline".
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].end <= q.end) last++;
  const next = wordAfter(tokens, last + 1);
  if (LIMIT_NOUNS.has(tokens[next]?.lower ?? '') || (q.head && LIMIT_NOUNS.has(q.head))) return true;
  // "had two weeks to build": a granting word before, "to" + a verb after.
  if (tokens[next]?.lower !== 'to') return false;
  let k = first - 1;
  while (k >= 0 && (tokens[k].kind === 'symbol' || FILLERS.has(tokens[k].lower))) k--;
  return k >= 0 && GRANTING.has(tokens[k].lower);
}
