// Numbers that name who took part in the work or how long a trial ran, rather than sizing its context
// or measuring its result (RUBRIC-NOTES "The people of the story", "Rollout shares, canaries and test
// design"):
//   - a few colleagues the writer worked with ("paired with two engineers", "sat down with one analyst"),
//   - "four of us", "the two of us",
//   - the span of a pilot or trial ("a three-week pilot", "piloted it for a week").
// Such a number is neither metric nor scale. A team's size ("a team of 6", "a team with 8 agents"),
// people hired, trained or led, and large counts ("with 300 annotators") keep their own roles.
// (Measured and left out: the group a pilot ran on and a few people as a clause's subject — our
// written sets label those both ways.)
import type { Token } from './tokenize';
import type { Quantity } from './quantity-types';
import { IRREGULAR_PAST, isPastForm } from './verbs';

/** People one works beside, not people served: "engineers", "designers", "analysts", "agents". */
const COLLEAGUES = new Set([
  'engineer',
  'engineers',
  'developer',
  'developers',
  'designer',
  'designers',
  'analyst',
  'analysts',
  'scientist',
  'scientists',
  'researcher',
  'researchers',
  'manager',
  'managers',
  'lead',
  'leads',
  'agent',
  'agents',
  'tester',
  'testers',
  'pms',
  'sres',
  'colleague',
  'colleagues',
  'teammate',
  'teammates',
  'people',
  'person',
  'intern',
  'interns',
  'specialist',
  'specialists',
  'architect',
  'architects',
  'admins',
  'reps',
  'writers',
  'nurses',
  'teachers',
  'doctors',
]);

/** Words that make the clause a trial: "a three-week pilot", "piloted it for a week", "a 30-day beta". ("Tested it in two days" is effort.) */
const TRIAL_WORDS = new Set([
  'pilot',
  'pilots',
  'piloted',
  'piloting',
  'trial',
  'trials',
  'trialed',
  'trialled',
  'trialing',
  'trialling',
  'beta',
  'experiment',
  'experimented',
  'canary',
  'canaried',
  // "ran both systems in parallel", "side by side", "in shadow mode", "a dry run", "an early preview".
  'parallel',
  'side',
  'shadow',
  'dry',
  'rehearsal',
  'preview',
]);

/** "an A/B test": the test word after "A/B". */
function isAbTest(tokens: Token[], k: number): boolean {
  return (
    (tokens[k].lower === 'test' || tokens[k].lower === 'tests') &&
    tokens[k - 1]?.lower === 'b' &&
    tokens[k - 2]?.text === '/'
  );
}

/** Verbs that hand a trial to a group: "asked 6 customers to try it", "gave 10 agents early access". */
const INVITING_VERBS = new Set(['asked', 'ask', 'invited', 'invite', 'gave', 'give', 'let']);

/** Words after the group that make it a trial's: "to try", "an early preview", "early access", "the beta". */
const TRYING_WORDS = new Set(['try', 'trial', 'test', 'preview', 'access', 'beta', 'pilot']);

/** Prepositions that bring in the people worked with: "with two engineers", "alongside one analyst". */
const WITH = new Set(['with', 'alongside']);

/** Words that end the clause a count sits in. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', ')', '.']);

/** Index of the first token that starts at or after `start`. */
function tokenAt(tokens: Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A count under 20 ("two", "12"); "dozens", "hundreds" and "5K" are not small. */
function isSmall(q: Quantity): boolean {
  if (q.kind !== 'count') return false;
  const m = /(\d[\d,]*)\s*([kmb])?\b/i.exec(q.text);
  if (!m) return !/^(dozens|hundreds|thousands|millions|billions|tens|scores)\b/i.test(q.text);
  return !m[2] && Number(m[1].replace(/,/g, '')) < 20;
}

/** The word before token `i`, skipping approximators ("with about three engineers"). */
function wordBefore(tokens: Token[], i: number): string | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k];
    if (t.kind === 'symbol') {
      if (t.text === '~') continue;
      return undefined;
    }
    if (t.lower === 'just' || t.lower === 'only' || t.lower === 'about' || t.lower === 'around') continue;
    return t.lower;
  }
  return undefined;
}

/**
 * "paired with two engineers", "worked closely with one analyst", "sat down with three leads": a verb
 * of working together before "with"; after a noun ("a team with 8 agents") the count is its size.
 */
function joinedByVerb(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && !WITH.has(tokens[k].lower)) k--;
  for (k--; k >= 0; k--) {
    const w = tokens[k].lower;
    if (w === 'down' || w === 'up' || w === 'together' || (w.endsWith('ly') && w.length > 4)) continue;
    return tokens[k].kind === 'word' && (isPastForm(w) || IRREGULAR_PAST.has(w) || JOINING_VERBS.has(w));
  }
  return false;
}

/** Base and "-ing" forms of working-together verbs, for resume lines in the present ("Partner with two analysts"). */
const JOINING_VERBS = new Set([
  'work',
  'working',
  'pair',
  'pairing',
  'partner',
  'partnering',
  'meet',
  'meeting',
  'collaborate',
  'collaborating',
  'sit',
  'sitting',
]);

/** A trial word in the duration's clause, before it ("piloted the flow for a week") or just after ("a three-week pilot"). */
function inTrial(tokens: Token[], i: number, after: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
    const t = tokens[k];
    if (t.kind === 'symbol' && CLAUSE_BREAKS.has(t.text)) break;
    if (TRIAL_WORDS.has(t.lower) || isAbTest(tokens, k)) return true;
  }
  for (let k = after; k < tokens.length && k <= after + 3; k++) {
    if (TRIAL_WORDS.has(tokens[k].lower) || isAbTest(tokens, k)) return true;
    if (k > after + 1 && tokens[k].lower !== 'a' && tokens[k].lower !== 'b' && tokens[k].text !== '/') break;
  }
  return false;
}

/** "asked 6 customers to try the dashboard", "gave 10 agents early access": the group a trial ran on. */
function trialGroup(tokens: Token[], i: number, after: number): boolean {
  const before = tokens[i - 1]?.lower;
  if (before === undefined || !INVITING_VERBS.has(before)) return false;
  for (let k = after; k < tokens.length && k <= after + 6; k++) {
    const t = tokens[k];
    if (t.kind === 'symbol' && CLAUSE_BREAKS.has(t.text)) return false;
    if (TRYING_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** Whether the number names who took part or how long a trial ran: neither metric nor scale (see the top of this file). */
export function isParticipantCount(tokens: Token[], q: Quantity): boolean {
  if (q.change || q.result || q.range || q.perTime || q.partitive) return false;
  if (q.group !== undefined && q.group !== 'one') return false; // "a team of 6" is the team's size
  const i = tokenAt(tokens, q.start);
  const after = tokenAt(tokens, q.end);
  // "a three-week pilot", "piloted it for a week": the trial's design.
  // "finished the parallel run a week early": time ahead of plan is a measure.
  const next = tokens[after]?.lower;
  if (q.kind === 'duration')
    return !q.allowance && next !== 'early' && next !== 'ahead' && next !== 'sooner' && inTrial(tokens, i, after);
  if (!isSmall(q)) return false;
  if (trialGroup(tokens, i, after)) return true;
  if (q.head === 'us') return true;
  if (q.head === undefined || !COLLEAGUES.has(q.head)) return false;
  const before = wordBefore(tokens, i);
  return before !== undefined && WITH.has(before) && joinedByVerb(tokens, i);
}
