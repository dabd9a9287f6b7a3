// Configuration values told around an event or a unit of a schedule (RUBRIC.md: configuration values
// and deadlines are no metric; RUBRIC-NOTES "Rollout shares, canaries and test design"). Three shapes:
// - a window that defines what a plural subject counts: "readmissions within 30 days (of discharge)
//   dropped", "returns within 14 days of purchase went down"; it is not the time a piece of work took.
// - the length of each unit of a schedule or a test, told as a compound before the unit's noun:
//   "15-minute slots", "45-minute planning sessions", "a 10-day A/B test". "36 one-hour clinics" keeps
//   its count; one event given once ("gave an 8-hour workshop": the corpus labels it a metric) and a
//   length with no such noun ("a 2-hour outage") stay quantities.
// - offsets joined before the word that makes them points in time: "24 hours and 1 hour before each
//   clinic", "3 days and again 30 days after each install" (the last one is an offset already,
//   quantity-exclusions.ts; the ones before it share its reading).
import type { NumberContext } from './quantity-context';
import type { Token } from '../language/tokenize';
import type { Quantity } from './quantity-types';
import { tokenIndexFrom } from './quantity-phrase';
import { DURATION_UNITS, OFFSET_WORDS } from './quantity-lexicon';
import { SCHEDULE_UNIT_NOUNS, TRIAL_NOUNS } from '../language/lexicon';
import { numberWordValue } from './number-words';
import { IRREGULAR_PAST, isGerund, isPastForm } from '../language/verbs';

/** Words that may stand between the compound and its unit noun: "15-minute planning sessions". */
const MODIFIER_REACH = 2;

const isNumberToken = (t: Token | undefined) =>
  t !== undefined && (t.kind === 'number' || numberWordValue(t.lower) !== undefined);

/** "A/B" (tokens "a", "/", "b") or a trial noun at `k`. */
function testNounAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.lower === 'a' && tokens[k + 1]?.text === '/' && tokens[k + 2]?.lower === 'b') return true;
  return TRIAL_NOUNS.has(t.lower);
}

/**
 * "15-minute slots", "a 10-day A/B test": the quantity is one compound (number, hyphen, a singular
 * unit of time) that opens a noun phrase whose head, within two modifiers, is a unit of a schedule or
 * a test. A number before the compound ("36 one-hour clinics") counts the units: not this shape.
 */
function isUnitLength(tokens: Token[], q: Quantity, at: number): boolean {
  const n = tokens[at];
  const dash = tokens[at + 1];
  const unit = tokens[at + 2];
  if (!isNumberToken(n) || isNumberToken(tokens[at - 1])) return false;
  if (!dash || (dash.text !== '-' && dash.text !== '‑') || dash.start !== n.end) return false;
  if (!unit || unit.start !== dash.end || !DURATION_UNITS.has(unit.lower) || unit.lower.endsWith('s')) return false;
  for (let k = at + 3; k < tokens.length && k <= at + 3 + MODIFIER_REACH; k++) {
    const t = tokens[k];
    // A test's length is its design; a schedule's unit is one of many ("15-minute slots"): one event
    // given once ("gave an 8-hour workshop", "a 45-minute briefing") is the effort it took.
    if (testNounAt(tokens, k) || (SCHEDULE_UNIT_NOUNS.has(t.lower) && (/[^s]s$/.test(t.lower) || t.lower === 'slot')))
      return q.end <= tokens[k].end;
    if (t.kind !== 'word') return false;
  }
  return false;
}

/** What may open a clause before its subject: "…, and readmissions within 30 days dropped". */
const SUBJECT_LEADS = new Set([',', ';', ':', '—', '(', 'and', 'but', 'so', 'while', 'then']);
/** Determiners of a subject: "our returns within 14 days …". */
const DETERMINERS = new Set(['the', 'our', 'their', 'its', 'my', 'his', 'her', 'all']);

/**
 * "readmissions within 30 days of discharge", "returns within 14 days of purchase": a plural noun that
 * heads a subject, "within" and the duration. The window defines what the noun counts. One act timed
 * from an event ("rolled back the deploy within 6 minutes of the first alert") is the time the work
 * took, a metric; so, on a resume line, may be a task done for every item ("answered every query within
 * 2 hours of it arriving"), which this reading leaves alone.
 */
function isEventWindow(tokens: Token[], q: Quantity, at: number): boolean {
  if (q.kind !== 'duration') return false;
  let p = at - 1;
  if (tokens[p]?.lower === 'a' || tokens[p]?.lower === 'an') p--;
  if (tokens[p]?.lower !== 'within') return false;
  const noun = tokens[p - 1];
  if (noun?.kind !== 'word' || !/[^s]s$/.test(noun.lower)) return false;
  // The noun heads a subject ("… and readmissions within 30 days dropped"), not a verb's object
  // ("closed tickets within 2 days of filing"): what opens its phrase is a clause start or a determiner.
  let k = p - 2;
  const modifier = tokens[k];
  if (modifier?.kind === 'word' && !SUBJECT_LEADS.has(modifier.lower) && !DETERMINERS.has(modifier.lower)) {
    // "closed tickets within …": a verb before the noun makes it an object.
    if (isPastForm(modifier.lower) || IRREGULAR_PAST.has(modifier.lower) || isGerund(modifier.lower)) return false;
    k--;
  }
  if (DETERMINERS.has(tokens[k]?.lower ?? '')) k--;
  return k < 0 || SUBJECT_LEADS.has(tokens[k].lower);
}

/** Words that may join two offsets: "24 hours and 1 hour before", "3 days and again 30 days after". */
const JOINERS = new Set(['and', 'or', ',', 'again', 'then']);
/** Tokens read ahead from the duration for the next one and its offset word. */
const OFFSET_REACH = 6;

/** "24 hours and 1 hour before each clinic": a duration joined to another that an offset word follows. */
function isJoinedOffset(tokens: Token[], q: Quantity): boolean {
  if (q.kind !== 'duration') return false;
  const e = tokenIndexFrom(tokens, q.end) - 1;
  if (e < 0 || !JOINERS.has(tokens[e + 1]?.lower ?? '')) return false;
  let sawNumber = false;
  for (let k = e + 1; k < tokens.length && k <= e + OFFSET_REACH; k++) {
    const t = tokens[k];
    if (JOINERS.has(t.lower)) continue;
    if (isNumberToken(t) || t.lower === 'a' || t.lower === 'an') {
      sawNumber = true;
      continue;
    }
    if (DURATION_UNITS.has(t.lower) && sawNumber) continue;
    return sawNumber && OFFSET_WORDS.has(t.lower) && DURATION_UNITS.has(tokens[k - 1].lower);
  }
  return false;
}

/** Whether the quantity `q` is a schedule or policy setting told around an event or a unit (see above). */
export function isScheduleSetting(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.change || q.fromTo) return false;
  const at = n.at;
  if (at < 0) return false;
  return isUnitLength(tokens, q, at) || isEventWindow(tokens, q, at) || isJoinedOffset(tokens, q);
}
