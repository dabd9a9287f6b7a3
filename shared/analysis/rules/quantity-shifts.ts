// The length of a work shift ("12-hour shifts", "10-hour night shifts") is the schedule the writer
// worked, not the time a piece of work took nor a count of shifts (RUBRIC-NOTES "Effort spans": a
// schedule is not a metric). Shifts counted ("covered 14 extra shifts") keep their role.
import type { Quantity } from './quantity-types';
import { DURATION_UNITS } from './quantity-lexicon';
import { SHIFT_MODIFIERS } from './lexicon';

/** Whether a quantity is the length of a work shift: "12-hour shifts", "a 10-hour night shift". */
export function isShiftLength(q: Quantity): boolean {
  if (q.change || (q.head !== 'shift' && q.head !== 'shifts')) return false;
  // "12-hour night shifts": the number, a unit joined by a hyphen, then modifiers and the head.
  const words = q.text.toLowerCase().split(/[\s-]+/);
  if (words.length < 3 || !DURATION_UNITS.has(words[1])) return false;
  return words.slice(2, -1).every((w) => SHIFT_MODIFIERS.has(w));
}
