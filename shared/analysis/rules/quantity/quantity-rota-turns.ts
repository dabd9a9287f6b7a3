// The turn of a duty shared out by a schedule (RUBRIC-NOTES "Effort spans": a schedule is no metric;
// RUBRIC.md: configuration values): "on-call 1 week in 6", "one weekend in four", "1 in 6 weeks",
// "4 on 4 off", "2 days on, 2 off". Two numbers, one of them told in a unit of a rota (a day, a night, a
// week, a weekend, a shift), say how often the writer takes a turn, not how much they did. A share of
// things ("1 in 20 payouts", quantity-shares.ts) and a count of things in a period ("3 releases in 2
// weeks": the first number counts releases) are other shapes. The slots of a standing schedule ("two
// mornings a week", "3 nights per week") say how often a service runs or the writer works it: a schedule
// too (RUBRIC-NOTES: "the board met four times a year" is no metric), neither a size nor an effort; so are
// weeks told the same way ("a course for two weeks each summer", "two nights in week"), where no verb takes the
// time as its object (time spent or saved keeps its role).
import type { Token } from '../language/tokenize';
import {
  EFFECT_VERBS,
  ROTA_TURN_UNITS,
  SCHEDULE_PERIODS,
  SCHEDULE_SLOT_UNITS,
  SEASONS,
  lemmaSet,
} from '../language/lexicon';
import { isDigitRun, numberWordValue } from './number-words';
import { ACTION_BASE, IRREGULAR_PAST, isGerund, isPastForm } from '../language/verbs';

/** The value of a plain count token ("6", "four"), else undefined; no year ("1 in 2021"). */
function countAt(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  if (t.kind === 'word') return t.lower === 'one' ? 1 : numberWordValue(t.lower);
  if (t.kind !== 'number' || !isDigitRun(t.text, 3)) return undefined;
  return Number(t.text);
}

const isUnit = (t: Token | undefined) => t?.kind === 'word' && ROTA_TURN_UNITS.has(t.lower);

/**
 * The index of the last token of a rota turn that opens at token `i`, else -1: "N <unit> in M",
 * "N in M <unit>" (N smaller than M), or "N [<unit>] on[,] N [<unit>] off".
 */
export function rotaTurnEnd(tokens: readonly Token[], i: number): number {
  const n = countAt(tokens[i]);
  if (n === undefined) return -1;
  const slots = recurringSlotsEnd(tokens, i);
  if (slots >= 0) return slots;
  let k = i + 1;
  const unitFirst = isUnit(tokens[k]);
  if (unitFirst) k++;
  if (tokens[k]?.lower === 'in') {
    const m = countAt(tokens[k + 1]);
    if (m === undefined || m <= n) return -1;
    // "1 week in 6", "1 week in 6 weeks"; "six weeks in 12 stores" counts stores, a place of the work.
    if (unitFirst) {
      const after = tokens[k + 2];
      if (isUnit(after)) return k + 2;
      return after === undefined || after.kind === 'symbol' ? k + 1 : -1;
    }
    // "1 in 6 weeks": the unit after the second number.
    return isUnit(tokens[k + 2]) ? k + 2 : -1;
  }
  // "4 on 4 off", "2 days on, 2 days off", "4 on / 4 off".
  if (tokens[k]?.lower !== 'on') return -1;
  k++;
  while (tokens[k]?.kind === 'symbol' && (tokens[k].text === ',' || tokens[k].text === '/')) k++;
  if (countAt(tokens[k]) === undefined) return -1;
  k++;
  if (isUnit(tokens[k])) k++;
  return tokens[k]?.lower === 'off' ? k : -1;
}

/** Words before a count that make it one end of a change ("from 3 nights a week to 1", "down to 2 days a week"). */
const CHANGE_ENDS = new Set(['from', 'to', 'than', 'of']);
/** "a week", "per week", "each fortnight", "every month". */
const PER_WORDS = new Set(['a', 'an', 'per', 'each', 'every']);

/**
 * The index of the period's token in "N <slot> a|per|each <period>" opening at token `i` ("two mornings a
 * week", "3 nights per week", "one weekend a month"), else -1. A count that is one end of a change ("from 3
 * days a week to 1", "cut to 2 nights a week") keeps its reading: the change is what was done.
 */
function recurringSlotsEnd(tokens: readonly Token[], i: number): number {
  const slot = tokens[i + 1];
  // A day stays out: the real corpus labels "teach …, 1 day per week" time spent (SCHEDULE_SLOT_UNITS), where the
  // spent writers label "visiting care homes two days a week" a schedule; a labeling call left open.
  if (slot?.kind !== 'word' || !(SCHEDULE_SLOT_UNITS.has(slot.lower) || WEEK_SLOTS.has(slot.lower))) return -1;
  const per = tokens[i + 2];
  // "4 days in week", "two days in a week": "in" for "a" (a learner's wording), the period right after it.
  const inA = per?.lower === 'in' && (tokens[i + 3]?.lower === 'a' || tokens[i + 3]?.lower === 'each') ? 1 : 0;
  const period = tokens[i + 3 + inA];
  if (!per || !(PER_WORDS.has(per.lower) || per.lower === 'in') || !period || !isLongerPeriod(slot.lower, period.lower))
    return -1;
  const before = tokens[i - 1]?.lower ?? '';
  if (CHANGE_ENDS.has(before)) return -1;
  // A verb's object is time spent, saved or worked ("spent two evenings a week on it", "freeing up two
  // afternoons a week"): the slots of a schedule follow the thing that runs on it ("a clinic two mornings a week").
  if (IRREGULAR_PAST.has(before) || isPastForm(before) || isGerund(before) || ACTION_BASE.has(before)) return -1;
  if (before === 'up' || before === 'back') return -1;
  // "Saved the office two days a week", "cost the team three days a month": a verb that gives, takes or spends
  // time holds it as its second object, past the first.
  if (timeObjectVerbBefore(tokens, i)) return -1;
  const next = tokens[i + 4 + inA];
  if (next && (next.lower === 'to' || next.lower === 'instead')) return -1;
  return i + 3 + inA;
}

/** Verbs that give, take or spend time, which they hold as an object: "spent", "cost", "lost", "freed" (with EFFECT_VERBS). */
const TIME_OBJECT_VERBS = lemmaSet(
  'time-object-verbs',
  ['spend', 'cost', 'lose', 'gain', 'give', 'take', 'win', 'buy'],
  [],
);
/** Words read back from the count for a verb whose second object it is. */
const OBJECT_REACH = 5;

/** A verb that gives, takes or spends time stands a few words before the count at `i`, in its clause. */
function timeObjectVerbBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1, seen = 0; k >= 0 && seen < OBJECT_REACH; k--) {
    const t = tokens[k];
    if (t.kind === 'symbol') return false;
    if (EFFECT_VERBS.has(t.lower) || TIME_OBJECT_VERBS.has(t.lower)) return true;
    seen++;
  }
  return false;
}

/** A week as the slot of a longer period: "two weeks each summer", "one week a term". */
const WEEK_SLOTS = new Set(['week', 'weeks']);

/** Periods longer than a week a schedule repeats over: "… a year", "… each summer". */
const YEAR_PERIODS = new Set(['year', ...[...SEASONS].filter((season) => season !== 'fall')]);

/**
 * The period a slot repeats over is longer than the slot: a day, a night or a shift per week, fortnight, month
 * or term; a week or a weekend per month, term, year or season ("two weeks each summer"; "a week a week" is none).
 */
function isLongerPeriod(slot: string, period: string): boolean {
  if (YEAR_PERIODS.has(period)) return true;
  if (!SCHEDULE_PERIODS.has(period)) return false;
  return !/^weeks?$/.test(slot) || (period !== 'week' && period !== 'fortnight');
}
