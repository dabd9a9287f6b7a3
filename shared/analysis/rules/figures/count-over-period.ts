// A count of events over a period told with a count adverb: "the export has failed twice in the six
// months since", "in the two seasons since, the pump failed just once", "it has caught the same mistake
// twice since", "the 7:10 was late one time in the months since the change". RUBRIC.md reads "three
// times since March" as a count, hence a metric (an after value over a period, or a before value in
// context); "once", "twice", "thrice" and "one time" are the same count in one word, and the quantity
// reader leaves them alone because alone they are mostly no count: a conjunction ("once the roles were
// approved"), a past time ("I once ran the ward"), an idiom ("at once", "once again", "once more"), a
// cadence ("twice a day", "once per shift": a schedule, RUBRIC-NOTES) or a multiplier ("twice as fast",
// "twice the size", read as a measure elsewhere). What makes one a count is the period it runs over,
// found by its shape (zero-over-period.ts `periodFrom`): right after the count ("twice since", "once in
// the year after", "only once over the past year") or before it in the sentence ("Since the rewire the
// breaker tripped just twice").
import type { Token } from '../language/tokenize';
import { isPeriodWord, periodFrom } from './zero-over-period';
import { isComparative } from '../quantity/quantity-word-patterns';
import { MONTH_NAMES } from '../language/lexicon';
import { clauseAround, tellsTrouble } from './trouble-clauses';

/** Count adverbs in one word. */
const COUNT_ADVERBS = new Set(['once', 'twice', 'thrice']);
/** Words after a count adverb that make it an idiom, a cadence or a multiplier: "once again", "twice a day", "twice as". */
const NOT_A_COUNT_AFTER = new Set(['again', 'more', 'upon', 'a', 'an', 'per', 'every', 'each', 'as', 'the']);
/** Symbols that end the clause a count closes: "the pump failed just once.", "tripped twice, both in the storm". */
const CLAUSE_ENDS = new Set([',', '.', ';', ':', '!', '?', '—', '–', ')']);

/** The index of the last word of a count at `i` ("twice", "one time"), or -1. */
function countEnd(tokens: readonly Token[], words: readonly Token[], i: number): number {
  const lower = words[i].lower;
  // "at once", "at one time": a moment, no count.
  if (words[i - 1]?.lower === 'at') return -1;
  if (COUNT_ADVERBS.has(lower)) {
    // The word after it is read only within its clause ("failed twice, and both times …").
    if (closesClause(tokens, words, i)) return i;
    const next = words[i + 1]?.lower ?? '';
    // "twice faster", "twice bigger", "once more": a comparative after it is a multiplier or an idiom.
    if (NOT_A_COUNT_AFTER.has(next) || isComparative(next) || next === 'less') return -1;
    // "once and for all".
    if (next === 'and' && words[i + 2]?.lower === 'for') return -1;
    return i;
  }
  // "one time", "a single time" (not "one-time", which is one token).
  if ((lower === 'one' || lower === 'single') && words[i + 1]?.lower === 'time') return i + 1;
  return -1;
}

/** True when the count ending at word `end` closes its clause: nothing or a clause-ending symbol follows it. */
function closesClause(tokens: readonly Token[], words: readonly Token[], end: number): boolean {
  const after = tokens.find((t) => t.start >= words[end].end);
  return after === undefined || (after.kind === 'symbol' && CLAUSE_ENDS.has(after.text));
}

/**
 * "in 2021", "in March", "during Q3": a period named by its date alone. Beside "once" it dates a single
 * event ("the model was trained once in 2021": at one time that year), no count over a period.
 */
function isDatePoint(words: readonly Token[], k: number): boolean {
  const next = words[k + 1];
  if (next === undefined || words[k].lower === 'since') return false;
  return /^((19|20)\d\d|q[1-4]|h[12])$/.test(next.lower) || (MONTH_NAMES.has(next.lower) && /^[A-Z]/.test(next.text));
}

/** Words that pick items whole, whose relative clause then says which: "every carer of a resident who had fallen twice". */
const PICKERS = new Set(['every', 'each', 'any', 'all', 'everyone', 'everybody', 'anyone', 'anybody', 'those']);
/** Words that open a relative clause. */
const RELATIVES = new Set(['who', 'that', 'which', 'whose']);
/** Words read back from the count for the relative word, and from it for the picker. */
const PICK_REACH = 6;

/**
 * "I met every carer of a resident who had fallen twice that winter": a count in a relative clause on items
 * picked whole is the threshold of the pick (quantity-thresholds.ts), no count of what the work did.
 */
function inPickClause(words: readonly Token[], i: number): boolean {
  for (let r = i - 1; r >= 0 && r >= i - PICK_REACH; r--) {
    if (!RELATIVES.has(words[r].lower)) continue;
    for (let p = r - 1; p >= 0 && p >= r - PICK_REACH; p--) if (PICKERS.has(words[p].lower)) return true;
    return false;
  }
  return false;
}

/** Words that join a new clause: "and since then", "so in the year after". */
const CLAUSE_LINKS = new Set(['and', 'but', 'so', 'then']);

/**
 * Whether the period at word `k` frames the clause the count closes: it opens the sentence or follows a
 * clause break ("Since the rewire the breaker tripped twice", "…, and in the months since it failed once"),
 * not a figure inside it ("We could not go over 2 hours of downtime, so I rehearsed the cutover twice").
 */
function opensClause(tokens: readonly Token[], words: readonly Token[], k: number): boolean {
  if (k === 0) return true;
  const before = tokens[tokens.indexOf(words[k]) - 1];
  return (before?.kind === 'symbol' && CLAUSE_ENDS.has(before.text)) || CLAUSE_LINKS.has(words[k - 1].lower);
}

/** A period opening at `k` (before `end`) that a count runs over; a count of one is not run over a bare date. */
function spanFrom(words: readonly Token[], k: number, single: boolean, end = words.length): boolean {
  return periodFrom(words, k, end) && !(single && isDatePoint(words, k));
}

/** Words that open a cadence after a count: "twice a week", "once every two weeks", "once per shift". */
const CADENCE_LEADS = new Set(['a', 'an', 'per', 'every', 'each']);
/** Cadences in one word: "twice weekly". */
const CADENCE_WORDS = new Set(['daily', 'weekly', 'fortnightly', 'monthly', 'nightly', 'yearly', 'annually']);

/** The index of the last word of a cadence right after word `end` ("a week", "every two weeks", "weekly"), or -1. */
function cadenceEnd(words: readonly Token[], end: number): number {
  const lead = words[end + 1];
  if (lead === undefined) return -1;
  if (CADENCE_WORDS.has(lead.lower)) return end + 1;
  if (!CADENCE_LEADS.has(lead.lower)) return -1;
  // "a week", "every two weeks", "each season", "per shift"; not "a day's work" or "twice the size".
  for (let j = end + 2; j < words.length && j <= end + 3; j++) if (isPeriodWord(words[j])) return j;
  return -1;
}

/** A count adverb of one word at `i` ("once", "twice") or "one time", "two times" ending at the returned index, or -1. */
function cadenceCountEnd(words: readonly Token[], i: number): number {
  const lower = words[i].lower;
  if (words[i - 1]?.lower === 'at') return -1;
  if (COUNT_ADVERBS.has(lower)) return i;
  return (lower === 'one' || lower === 'single') && words[i + 1]?.lower === 'time' ? i + 1 : -1;
}

/**
 * "the billing job failed about twice a week", "About once a week the dashboard was wrong": a cadence is a
 * schedule (RUBRIC-NOTES) unless the clause it sits in tells a trouble that happened (trouble-clauses.ts): then
 * it counts the trouble over a period, a before value in context or an after value, as "the export broke
 * twice a week" is. A cadence may open the sentence ("Once a fortnight a patient missed a dose").
 */
function isTroubleCadence(tokens: readonly Token[], words: readonly Token[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const end = cadenceCountEnd(words, i);
    if (end < 0 || cadenceEnd(words, end) < 0) continue;
    if (tellsTrouble(tokens, words, clauseAround(tokens, words, i), i)) return true;
  }
  return false;
}

/**
 * True when the tokens count events with a count adverb ("once", "twice", "thrice", "one time") over a
 * period told right after the count, or before it when the count closes its clause (see the file comment),
 * or with a cadence in a clause that tells a trouble (isTroubleCadence).
 */
export function isCountOverPeriod(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind !== 'symbol');
  if (spanCount(tokens, words)) return true;
  return isTroubleCadence(tokens, words);
}

/** A count adverb over a period told right after it, or before it when the count closes its clause. */
function spanCount(tokens: readonly Token[], words: readonly Token[]): boolean {
  for (let i = 0; i < words.length; i++) {
    // A "once" that opens the sentence is the conjunction ("Once the pumps arrived, …"); "Twice that spring" counts.
    if (i === 0 && words[0].lower === 'once') continue;
    const end = countEnd(tokens, words, i);
    if (end < 0) continue;
    if (inPickClause(words, i)) continue;
    const single = end > i || words[i].lower === 'once';
    // "failed twice since", "once in the two seasons since", "one time in the months since the change".
    // A bare "since" after the count is the time since the work ("has caught the same mistake twice since").
    if (spanFrom(words, end + 1, single) || words[end + 1]?.lower === 'since') return true;
    // "Since the rewire the breaker tripped just twice, both in the storm"; not "Since 2019 I once ran the ward".
    if (!closesClause(tokens, words, end)) continue;
    for (let k = 0; k < i; k++) if (spanFrom(words, k, single, i) && opensClause(tokens, words, k)) return true;
  }
  return false;
}
