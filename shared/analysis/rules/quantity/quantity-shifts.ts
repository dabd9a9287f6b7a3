// The length of a work shift ("12-hour shifts", "10-hour night shifts") and round-the-clock cover
// written out ("24 hours a day, 7 days a week") are the schedule the writer worked, not the time a
// piece of work took nor a count of shifts (RUBRIC-NOTES "Effort spans": a schedule is not a metric). Shifts counted ("covered 14 extra shifts") keep their role.
import type { NumberContext } from './quantity-context';
import type { Quantity } from './quantity-types';
import { DURATION_UNITS } from './quantity-lexicon';
import { SHIFT_MODIFIERS } from '../language/lexicon';

/** Whether a quantity is the length of a work shift: "12-hour shifts", "a 10-hour night shift". */
export function isShiftLength(q: Quantity): boolean {
  if (q.change || (q.head !== 'shift' && q.head !== 'shifts')) return false;
  // "12-hour night shifts": the number, a unit joined by a hyphen, then modifiers and the head.
  const words = q.text.toLowerCase().split(/[\s-]+/);
  if (words.length < 3 || !DURATION_UNITS.has(words[1])) return false;
  return words.slice(2, -1).every((w) => SHIFT_MODIFIERS.has(w));
}

/** A whole cycle told per cycle: "24 hours a day", "7 days a week", "365 days a year", "52 weeks a year". */
const WHOLE_CYCLES: Readonly<Record<string, string>> = {
  '24 hour': 'day',
  '7 day': 'week',
  '365 day': 'year',
  '52 week': 'year',
  '12 month': 'year',
};

/**
 * "support 24 hours a day, 7 days a week": round-the-clock cover written out is a schedule, like
 * "24/7" (RUBRIC.md: numbers in a "24/7" schedule are no metric), not time the work took.
 */
export function isRoundTheClock(n: NumberContext): boolean {
  const { tokens, q } = n;
  // "saved 7 days a week of manual work": time the work saved stays a measure.
  if (q.kind !== 'duration' || !q.perTime || q.change || q.result) return false;
  const m = /^(\d+)[\s-]*(hour|day|week|month)s?$/i.exec(q.text);
  if (!m) return false;
  const cycle = WHOLE_CYCLES[`${m[1]} ${m[2].toLowerCase()}`];
  if (cycle === undefined) return false;
  const after = n.after;
  return tokens[after + 1]?.lower === cycle;
}

/**
 * "ran the chair schedule for three shifts a day", "two ward rounds a day": work shifts counted per
 * period are the schedule of the place (RUBRIC-NOTES "Effort spans": a schedule is not a metric), no
 * count of work and no size. Shifts the writer covered or worked ("covered 14 extra shifts") keep their role.
 */
export function isShiftSchedule(q: Quantity): boolean {
  if (q.kind !== 'count' || !q.perTime || q.change || q.result || q.delivered) return false;
  return q.head === 'shift' || q.head === 'shifts';
}
