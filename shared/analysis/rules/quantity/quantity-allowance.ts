// Time allowed for a piece of work ("I had two weeks to build it", "we were given 3 days to ship",
// "a six-week deadline") states a constraint the writer was set, not a measure of what they did: it is
// no metric. So are, by their slot, a known limit the work kept within ("within the 45 working days": the
// definite article names a limit already set) and the time left before an event, told in a verbless phrase
// ("new client, 3 weeks to go-live"). The time the work took ("shipped it in two weeks", "within 3 days of
// the alert") stays one.
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
  // "within the 45 working days": a limit named as already set.
  if (tokens[first - 1]?.lower === 'the' && tokens[first - 2]?.lower === 'within') return true;
  // "had two weeks to build": a granting word before, "to" + a verb after.
  if (tokens[next]?.lower !== 'to') return false;
  let k = first - 1;
  while (k >= 0 && (tokens[k].kind === 'symbol' || FILLERS.has(tokens[k].lower))) k--;
  if (k >= 0 && GRANTING.has(tokens[k].lower)) return true;
  // ", 3 weeks to go-live,": the time left before an event, a verbless phrase between marks (or opening the line).
  return timeLeftPhrase(tokens, first, next);
}

/** Marks that open a verbless phrase: "Situation — new client, 3 weeks to go-live". */
const PHRASE_OPENERS = new Set([',', ';', ':', '—', '–', '(']);

/**
 * The duration at `first` opens a verbless phrase (a mark or the line's start right before it, no approximator
 * counted) and "to" at `to` names an event after it, a word that is no number ("3 weeks to go-live", "two days
 * to launch"): the time left. "from 6 weeks to 3" (a number after "to") is a change.
 */
function timeLeftPhrase(tokens: Token[], first: number, to: number): boolean {
  let k = first - 1;
  while (k >= 0 && FILLERS.has(tokens[k].lower) && tokens[k].lower !== 'a') k--;
  if (k >= 0 && !PHRASE_OPENERS.has(tokens[k].text)) return false;
  const event = tokens[to + 1];
  return event !== undefined && event.kind === 'word';
}
