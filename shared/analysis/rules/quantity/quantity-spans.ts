// What a span of time hangs on decides its role, whatever the span is written with: digits ("for 3 weeks"),
// number words ("for three weeks") or an article ("for a week", "an afternoon"). RUBRIC-NOTES "Effort spans":
// the time the writer's work took or saved is a metric; a schedule, a period, a plan, a trial, a duty held
// or a point in time is not. Session 41 read the spent writers' span errors together (77 rows, a third set
// aside): "a week" and "3 weeks" were read by different rules, the article form only after a closed list of
// hedges ("about", "under", "within", …), so "new clusters take an afternoon now, not a week" held no figure
// while "take 4 hours now" did, and "ran it on two wards for six weeks" was a metric like any digit span.
// One reading now serves every span, by its governor:
//   taken   a verb of taking or spending governs it ("now takes an afternoon", "used to take the best part
//           of an hour"), not time off ("took a week off");
//   waited  a state held for the span, a before value ("invoices sat in the queue for a week"; "sat with the
//           leads for a week" is the same verb and the writer's effort);
//   effort  the span is the object of the writer's act ("I timed a full shift"), or opens the clause of one
//           ("Every evening for a month I checked …");
//   when    an opening "after" with the writer's next act after it ("After two weeks I showed the draft …"):
//           a point in time, no measure (a result state after it, "After two months, rooms were ready", is
//           the time the work took and stays one);
//   held    a preposition of extent after the writer's duty, trial, plan or stand-in ("covered the desk for
//           a week", "ran it on two wards for a month", "agreed a lighter scope for six weeks", "took over the
//           team for a month"): no measure.
// The article form is a quantity only when one of the first three holds (quantity-word-patterns.ts); any
// duration read as "when" or "held" loses its metric (metrics.ts).
// Refused, kept as known misses in spans-own*.jsonl: "for"/"in" a span after any other past act of the
// writer's ("I timed the queue for a week", "Replaced the locks in a day"). The rubric reads them as effort,
// but read so they also mark stays, study and acts the labels leave bare ("I prayed for a week", "picked up
// Python in a month"), and the figures-only writers lost a row each to it; a digit span there keeps the
// metric it always had. An age after the span ("a day old") is as often a rule's threshold ("tickets more
// than a day old"). A span that modifies a noun ("in a morning huddle", "for a second opinion") is no span.
import { isClauseMark, type Token } from '../language/tokenize';
import { governorOf } from './quantity-governor';
import { IRREGULAR_PAST, STATIVE, isPastForm } from '../language/verbs';
import { lemmaSet, wordSet } from '../language/lexicon';
import { DURATION_UNITS } from './quantity-lexicon';
import type { NumberContext } from './quantity-context';

/** The role a span's governor gives it; undefined when its governor decides nothing. */
export type SpanRole = 'effort' | 'taken' | 'waited' | 'when' | 'held';

/** Parts of a day and a fortnight: units a span in words is told in beside DURATION_UNITS ("an afternoon"). */
const DAY_PART_UNITS = wordSet('span-day-parts', ['afternoon', 'morning', 'evening', 'fortnight', 'shift']);

/**
 * The units an article span is read in by its governor alone: whole words from the minute up. "A second" is
 * as often an ordinal ("for a second opinion", "in a second phase"), and "a s", "an h" are no spans.
 */
const ARTICLE_SPAN_UNITS = wordSet('span-article-units', [
  'minute',
  'hour',
  'day',
  'night',
  'week',
  'weekend',
  'month',
  'quarter',
  'year',
  'sprint',
  'semester',
  'afternoon',
  'morning',
  'evening',
  'fortnight',
  'shift',
]);

/** Whether `lower` is a unit an article span may be told in: "a week", "an afternoon", "a fortnight". */
export function isSpanUnit(lower: string): boolean {
  return DURATION_UNITS.has(lower) || DAY_PART_UNITS.has(lower);
}

/**
 * Words that may follow an article span's unit and leave it the end of its phrase: "for a week to see …",
 * "in a day after …", "for a month first". Any other word makes the unit a modifier of a noun ("pushed for a
 * shift in strategy", "in a morning huddle", "for a day trip"), which is no span.
 */
const SPAN_FOLLOWERS = wordSet('span-followers', [
  'to',
  'each',
  'every',
  'a',
  'an',
  'per',
  'and',
  'or',
  'of',
  'with',
  'before',
  'after',
  'on',
  'at',
  'in',
  'for',
  'while',
  'so',
  'because',
  'until',
  'then',
  'now',
  'instead',
  'not',
  'rather',
  'than',
  'first',
  'more',
  'longer',
  'without',
  'during',
  'across',
  'i',
  'we',
]);

/** Prepositions of extent: the span they govern is how long something went on. */
const EXTENT_PREPOSITIONS = wordSet('span-extent-prepositions', ['for', 'in', 'within', 'over', 'through', 'inside']);

/** Verbs of taking or spending time: "now takes an afternoon", "spent a day with each planner". */
const TAKING_VERBS = lemmaSet('span-taking-verbs', ['take', 'spend', 'last']);

/**
 * Forms of the verbs of waiting in a state: "sat in the queue for a week", "waited in the inbox for a day".
 * Listed form by form: "sat" and "lay" are irregular, and "queue" or "wait" as nouns would match a lemma.
 */
const WAITING_VERBS = wordSet('span-waiting-verbs', [
  'sat',
  'sits',
  'sitting',
  'waited',
  'waits',
  'waiting',
  'lay',
  'lain',
  'lying',
  'queued',
  'stuck',
]);

/** Past forms of "be", "have" and time away: no act of the writer's ("was on leave for a week", "went on holiday for a week"). */
const NO_ACT_PASTS = wordSet('span-no-act-pasts', [
  'was',
  'were',
  'had',
  'did',
  'got',
  'been',
  'went',
  'stayed',
  'needed',
  'used',
  'left',
]);

/**
 * Past forms whose span is a duty held, a trial run, a plan agreed or a thing stopped, not the time the work
 * took (RUBRIC-NOTES: a span of a plan or a duty, test design): "covered the desk for a week", "ran it on one
 * ward for a month", "agreed a lighter load for six weeks", "froze deploys for a week". Pilots, trials and
 * people lent are quantity-terms.ts's, for any subject.
 */
const HOLDING_PASTS = wordSet('span-holding-pasts', [
  'led',
  'ran',
  'covered',
  'held',
  'managed',
  'chaired',
  'agreed',
  'planned',
  'scheduled',
  'booked',
  'promised',
  'offered',
  'proposed',
  'tested',
  'paused',
  'froze',
  'frozen',
  'blocked',
  'gave',
  'allowed',
  'granted',
  'joined',
  'acted',
  'served',
]);

/** Phrasal verbs of standing in a post for a span: "took over the team for a month", "stepped in for a week". */
const STAND_IN_PARTICLES: ReadonlyMap<string, string> = new Map([
  ['took', 'over'],
  ['stepped', 'in'],
  ['stood', 'in'],
  ['filled', 'in'],
]);

/** Particles that make a phrasal verb of a holding past: "ran out of", "held up", "gave up". */
const PARTICLES = wordSet('span-particles', ['out', 'into', 'up', 'off', 'back', 'down', 'over', 'away', 'through']);

/** Words that make the span a turn of a schedule when a unit of time follows: "a morning each week", "a day a month". */
const SCHEDULE_WORDS = wordSet('span-schedule-words', ['each', 'every', 'a', 'an', 'per']);

/** Words that open another clause: reading back for the act stops there. */
const CLAUSE_OPENERS = wordSet('span-clause-openers', [
  'and',
  'but',
  'so',
  'that',
  'which',
  'who',
  'when',
  'while',
  'because',
  'after',
  'before',
  'until',
  'since',
  'if',
  'to',
]);

/** The writer as a subject: "I", "we", and the lower-case "i" of chat writing. */
const WRITER_SUBJECTS = wordSet('span-writer-subjects', ['i', 'we']);

/** Words between the writer and the act: "I then checked", "we also mapped". */
const ADVERBS = wordSet('span-adverbs', ['then', 'also', 'first', 'just', 'finally', 'personally', 'together']);

/** Words read back from the preposition for the act (a verb, its object and what qualifies it). */
const ACT_REACH = 12;

/** A past form of an act: not "be", "have", a stative verb, a duty, a trial or a plan. */
function isEffortPast(lower: string): boolean {
  return (
    (isPastForm(lower) || IRREGULAR_PAST.has(lower)) &&
    !NO_ACT_PASTS.has(lower) &&
    !HOLDING_PASTS.has(lower) &&
    !STATIVE.has(lower)
  );
}

/** The verb at `k` has the writer for its subject, or none (a subjectless résumé line opens with it). */
function writerDoes(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && ADVERBS.has(tokens[j].lower)) j--;
  if (j < 0) return true;
  const before = tokens[j];
  if (WRITER_SUBJECTS.has(before.lower)) return true;
  // "- Replaced the locks …", "• Rebuilt …": a bullet or a label's colon before a subjectless line.
  return before.kind === 'symbol' && (j === 0 || before.text === ':');
}

/**
 * 'held' when the writer's own act before the preposition at `p` is a duty, a trial, a plan or a stand-in
 * ("ran it on one ward for …", "took over the team for …"), read back at most ACT_REACH words to a clause mark
 * or opener. Any other act of the writer's there leaves the span to its other readers (see the header).
 */
function heldByWriter(tokens: Token[], p: number): boolean {
  for (let k = p - 1, seen = 0; k >= 0 && seen < ACT_REACH; k--) {
    const t = tokens[k];
    if (t.kind === 'symbol') {
      if (isClauseMark(t.text) || t.text === '(' || t.text === ')') return false;
      continue;
    }
    seen++;
    const w = t.lower;
    if (CLAUSE_OPENERS.has(w) || NO_ACT_PASTS.has(w)) return false;
    // "ran out of nothing", "held up the release": a particle makes another verb, no duty or trial.
    if (HOLDING_PASTS.has(w)) return writerDoes(tokens, k) && !PARTICLES.has(tokens[k + 1]?.lower ?? '');
    // A past form whose subject is not the writer is passed over: "counted the returned trays every day for …".
    if (isEffortPast(w) && writerDoes(tokens, k)) return STAND_IN_PARTICLES.get(w) === tokens[k + 1]?.lower;
  }
  return false;
}

/** The writer's past act right after an opening span: "Every evening for a month I checked …". */
function writerActAfter(tokens: Token[], from: number): boolean {
  let k = from;
  if (tokens[k]?.kind === 'symbol' && tokens[k].text === ',') k++;
  if (!WRITER_SUBJECTS.has(tokens[k]?.lower ?? '')) return false;
  k++;
  while (k < tokens.length && ADVERBS.has(tokens[k].lower)) k++;
  return isEffortPast(tokens[k]?.lower ?? '');
}

/** The span's preposition opens its clause: nothing but a time phrase ("Every evening") stands before it. */
function opensClause(tokens: Token[], p: number): boolean {
  for (let k = p - 1; k >= 0 && k >= p - 3; k--) {
    const t = tokens[k];
    if (t.kind === 'symbol') return isClauseMark(t.text);
    if (!/^(every|each|evening|morning|night|day|week|weekday|then|and)$/.test(t.lower)) return false;
    if (k === 0) return true;
  }
  return p === 0;
}

/**
 * The role the governor of a span gives it: the span's phrase runs from token `first` (its number, article
 * or hedge) to its unit at `unit`. Undefined when the governor decides nothing (the span keeps the reading
 * its other rules give it).
 */
export function spanRole(tokens: Token[], first: number, unit: number): SpanRole | undefined {
  // An article span is read only in a whole unit: "for a second opinion" is an ordinal's phrase.
  if ((tokens[first].lower === 'a' || tokens[first].lower === 'an') && !ARTICLE_SPAN_UNITS.has(tokens[unit].lower))
    return undefined;
  const next = tokens[unit + 1];
  const after = next?.lower;
  // "in a morning huddle", "a week-long sprint": the unit modifies a noun, the phrase is no span.
  if (next !== undefined && (next.text === '-' || (next.kind === 'word' && !SPAN_FOLLOWERS.has(after ?? ''))))
    return undefined;
  // "for a morning each week", "a day a month": a turn of a schedule measures no work (RUBRIC-NOTES).
  if (after !== undefined && SCHEDULE_WORDS.has(after) && isSpanUnit(tokens[unit + 2]?.lower ?? '')) return undefined;
  const g = governorOf(tokens, first);
  if (g < 0) return undefined;
  const w = tokens[g].lower;
  // "took a week off", "took a day's leave": time away is no effort.
  if (TAKING_VERBS.has(w)) return after === 'off' || after === "'s" ? undefined : 'taken';
  // "used to take the best part of an hour": the taking verb before "the best part of".
  if (w === 'of' && tokens[g - 1]?.lower === 'part' && TAKING_VERBS.has(tokens[g - 4]?.lower ?? '')) return 'taken';
  // "I timed a full shift": the span is the object of the writer's act.
  if (isEffortPast(w) && writerDoes(tokens, g)) return 'effort';
  if (w === 'after' && (g === 0 || (tokens[g - 1].kind === 'symbol' && isClauseMark(tokens[g - 1].text))))
    return writerActAfter(tokens, unit + 1) ? 'when' : undefined;
  if (!EXTENT_PREPOSITIONS.has(w)) return undefined;
  // "sat in the approval queue for a week": a thing held in a state, whoever holds it.
  for (let k = g - 1; k >= 0 && k >= g - ACT_REACH; k--) {
    if (tokens[k].kind === 'symbol') break;
    if (WAITING_VERBS.has(tokens[k].lower)) return 'waited';
  }
  // "ran it on one ward for a month": how long a duty or a trial lasted. "Tested the flow in two days" is the
  // time the work took: "in" and "within" tell a completion, never a state held.
  if (w === 'for' && heldByWriter(tokens, g)) return 'held';
  if (opensClause(tokens, g) && writerActAfter(tokens, unit + 1)) return 'effort';
  return undefined;
}

/**
 * The span of `n` measures nothing by what governs it: it tells when the writer's next act came ("After two
 * weeks I showed the draft …") or how long a duty, a trial or a plan lasted ("ran it on two wards for six
 * weeks"). A change ("from 3 weeks to 2") keeps its measure.
 */
export function spanMeasuresNothing(n: NumberContext): boolean {
  if (n.after <= n.at || n.q.change || n.q.fromTo) return false;
  const role = spanRole(n.tokens, n.at, n.after - 1);
  return role === 'when' || role === 'held';
}
