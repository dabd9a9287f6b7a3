// Numbers that set up how a thing behaves are configuration values (RUBRIC.md), not measures:
// "limited the API to 100 requests per minute", "set the breaker to open after 5 errors", "retries a
// failed charge up to three times", "kept 30 days of logs", "sharded the table into 16 partitions".
// Each check reads what the number hangs on; a number that changed ("lowered the timeout from 30 s to
// 5 s") or that a sizing preposition names ("configured alerting for 40 services") is left alone.
import type { Token } from '../language/tokenize';
import type { QuantityKind } from './quantity-types';
import { CLAUSE_OPENER_CORE, MEETING_NOUNS, clauseOpeners, lemmaSet } from '../language/lexicon';

/** Verbs that give a setting its value: what their complement holds is configured, not measured. */
const SETTING_VERBS = lemmaSet('setting-verbs', [
  'set',
  'configure',
  'cap',
  'limit',
  'throttle',
  'schedule',
  'pin',
  'default',
  'restrict',
]);

/** Verbs of trying again: how many times is a setting ("retries a failed charge up to three times"). */
const RETRY_VERBS = lemmaSet('retry-verbs', ['retry', 'reattempt', 'poll', 'resend', 'requeue']);

/** Verbs that cut one thing into parts: how many parts is a design choice ("into 16 partitions"). */
const PARTITION_VERBS = lemmaSet('partition-verbs', ['shard', 'partition', 'chunk', 'bucket']);

/** Events counted up to a threshold: "after 3 failed health checks", "after 5 errors". */
const TRIGGER_EVENTS = lemmaSet(
  'trigger-events',
  ['error', 'failure', 'attempt', 'retry', 'check', 'miss', 'timeout', 'strike', 'try', 'crash', 'alert'],
  [],
  { nouns: true },
);

// Words that end the search for the verb: a clause break or a word that starts another clause.
const CLAUSE_BREAKS = new Set([
  ...[',', ';', ':', '(', '—', '–'],
  ...clauseOpeners('setting-clause-breaks', [CLAUSE_OPENER_CORE, ['which']]),
]);

// Words between the preposition and the number that keep it the preposition's: "at a 2% error rate", "up to 5".
// "limited the pilot to the first 50 sign-ups": "first" and "last" pick which ones, the value is still the setting's.
const VALUE_LEADS = new Set([
  'a',
  'an',
  'the',
  'least',
  'most',
  'up',
  'only',
  'just',
  'no',
  'more',
  'than',
  'first',
  'last',
]);

/** Verbs that place copies of a system somewhere: how many places is a design choice ("spread the replicas across 3 zones"). */
const PLACEMENT_VERBS = lemmaSet('placement-verbs', [
  'spread',
  'distribute',
  'replicate',
  'stripe',
  'place',
  'balance',
]);

/** Failure domains a system's copies are placed over: "zones", "racks" (regions served stay scale). */
const PLACEMENT_SITES = new Set(['zone', 'zones', 'az', 'azs', 'rack', 'racks']);

/** Verbs that put a ceiling on something: what they cap "at" is a setting, whatever it counts ("capped each batch at 500 rows"). */
const CAP_VERBS = lemmaSet('cap-verbs', ['cap', 'limit', 'throttle', 'restrict']);

/** Verbs that put a meeting or a slot in the calendar: its length is a schedule ("scheduled a 45-minute review"). */
const BOOKING_VERBS = lemmaSet('booking-verbs', ['schedule', 'book', 'block']);

// Words before a verb form that make it a noun: "data sets", "the limit", "a cap".
const NOUN_MARKERS = new Set(['a', 'an', 'the', 'data', 'our', 'my', 'their', 'its', 'these', 'those', 'this']);

/** The verb of the number's clause, looked for backwards from token `from`, as its token index. */
function clauseVerb(tokens: Token[], from: number, isVerb: (lower: string) => boolean): number {
  for (let k = from; k >= 0 && k >= from - 12; k--) {
    const w = tokens[k];
    if (CLAUSE_BREAKS.has(w.lower)) return -1;
    // "cut the timeout from 30 to 5 seconds": a change, measured.
    if (w.lower === 'from') return -1;
    if (w.kind !== 'word' || !isVerb(w.lower)) continue;
    // "set up", "set out": building or planning, not giving a value; "the data sets": a noun.
    const next = tokens[k + 1]?.lower;
    if (next === 'up' || next === 'out' || next === 'down' || NOUN_MARKERS.has(tokens[k - 1]?.lower ?? '')) return -1;
    return k;
  }
  return -1;
}

/**
 * Why a number is a configuration value, or undefined. `p` is the index of the word before it, `head`
 * the noun it counts, `headIsScale` whether that noun sizes a context.
 */
export function settingClauseReason(
  tokens: Token[],
  p: number,
  head: string | undefined,
  kind: QuantityKind,
  headIsScale: boolean,
  end: number,
): 'config' | undefined {
  if (kind === 'money' || kind === 'multiplier' || kind === 'rank') return undefined;
  // "a 30-minute call", "weekly 20-minute check-ins", "met for 15 minutes every morning": how long a
  // meeting lasts is its schedule.
  if (
    kind === 'duration' &&
    (meetingAfter(tokens, end) || (tokens[p]?.lower === 'for' && isMeetVerb(tokens[p - 1]?.lower)))
  )
    return 'config';
  // The preposition the value hangs on, past articles and "up to", "at least".
  let k = p;
  while (k >= 0 && VALUE_LEADS.has(tokens[k].lower)) k--;
  const prep = k >= 0 ? tokens[k].lower : undefined;
  // "scheduled a 45-minute review with each lead", "blocked a 2-hour slot": the length booked.
  // Only a verb form: "close the books two days faster" is a measure.
  if (kind === 'duration' && prep !== undefined && /(ed|ing)$/.test(prep) && BOOKING_VERBS.has(prep)) return 'config';
  // "capped each batch at 500 rows": a ceiling, though rows may size a context elsewhere.
  if (prep === 'at' && kind === 'count' && headIsScale && clauseVerb(tokens, k - 1, (w) => CAP_VERBS.has(w)) >= 0)
    return 'config';

  // "retried every failure 10 times", "retries a failed charge up to three times".
  if (kind === 'count' && (head === 'times' || head === 'attempts' || head === 'retries'))
    if (clauseVerb(tokens, p, (w) => RETRY_VERBS.has(w)) >= 0) return 'config';

  // "page only after 3 failed health checks", "open after 5 errors": a threshold.
  if (prep === 'after' && kind === 'count' && TRIGGER_EVENTS.has(head)) return 'config';

  // "kept 30 days of request logs", "the job keeps the last 5 builds", "keep at least 3 replicas": a
  // retention setting. "Kept 12 customers from churning", "kept 40 stores running" are results.
  let r = p;
  let floor = false;
  while (r >= 0 && (VALUE_LEADS.has(tokens[r].lower) || tokens[r].lower === 'at' || tokens[r].lower === 'last')) {
    if (tokens[r].lower === 'last' || tokens[r].lower === 'least') floor = true;
    r--;
  }
  const keeper = r >= 0 ? lemmaOfKeeping(tokens[r].lower) : undefined;
  const span = kind === 'duration' && tokens[p + 1] !== undefined && afterUnitIsOf(tokens, p);
  if (keeper !== undefined && (span || (floor && keeper === 'keep' && kind === 'count'))) return 'config';

  // "sharded the events table into 16 partitions"; "split the work into 3 streams" stays the effort.
  if (prep === 'into' && kind === 'count' && clauseVerb(tokens, k - 1, (w) => PARTITION_VERBS.has(w)) >= 0)
    return 'config';

  // "spread the replicas across three availability zones", "striped the volumes over 4 racks": where the
  // writer placed copies is a design choice. "Served customers across 3 regions" sizes a context.
  if (
    (prep === 'across' || prep === 'over' || prep === 'between') &&
    kind === 'count' &&
    head !== undefined &&
    PLACEMENT_SITES.has(head) &&
    clauseVerb(tokens, k - 1, (w) => PLACEMENT_VERBS.has(w)) >= 0
  )
    return 'config';

  // "limited the API to 100 requests per minute", "capped each export at 10,000 rows", "the alarm to
  // trigger at a 2% error rate", "the canary to run for 2 hours", "expire entries after 10 minutes".
  // A duration or a share after "to" is where a setting verb's object got ("limited downtime to 5
  // minutes"): a result.
  const valued =
    (prep === 'to' && (kind === 'count' || kind === 'data-size')) ||
    (prep === 'at' && (kind !== 'count' || !headIsScale)) ||
    (prep === 'after' && kind === 'duration') ||
    (prep === 'for' && kind === 'duration') ||
    (prep === 'every' && kind === 'count');
  if (!valued) return undefined;
  return clauseVerb(tokens, k - 1, (w) => SETTING_VERBS.has(w)) >= 0 ? 'config' : undefined;
}

/** The meeting a duration modifies: the noun right after it, past "daily"/"weekly" and a hyphenated "check-in". */
function meetingAfter(tokens: Token[], end: number): boolean {
  let k = end + 1;
  while (k < tokens.length && /^(daily|weekly|morning|recurring|standing|short|quick)$/.test(tokens[k].lower)) k++;
  const w = tokens[k];
  if (w === undefined || w.kind !== 'word') return false;
  // "check-in", "stand-up", "kick-off", "catch-up": the tokenizer splits the hyphen.
  const joined = tokens[k + 1]?.text === '-' && tokens[k + 2] ? `${w.lower}-${tokens[k + 2].lower}` : undefined;
  return MEETING_NOUNS.has(w.lower) || (joined !== undefined && MEETING_NOUNS.has(joined.replace(/s$/, '')));
}

const isMeetVerb = (lower: string | undefined) => lower === 'met' || lower === 'meet' || lower === 'meets';

/** "30 days of request logs": the duration after token `p` is followed by "of". */
function afterUnitIsOf(tokens: Token[], p: number): boolean {
  for (let k = p + 1; k < tokens.length && k <= p + 4; k++) if (tokens[k].lower === 'of') return true;
  return false;
}

/** "kept", "keeps", "keeping" → keep; "retain", "retains" → retain (a retention span, not customers kept). */
function lemmaOfKeeping(lower: string): 'keep' | 'retain' | undefined {
  if (lower === 'keep' || lower === 'keeps' || lower === 'kept' || lower === 'keeping') return 'keep';
  if (lower === 'retain' || lower === 'retains' || lower === 'retained' || lower === 'retaining') return 'retain';
  return undefined;
}
