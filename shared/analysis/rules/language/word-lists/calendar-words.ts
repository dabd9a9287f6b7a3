// The names of the calendar: months, their abbreviations and the seasons, in one place for every rule that reads a
// date or a period ("in March", "Sep. 2016:", "3 Dec", "since spring"). Each reader says which of them it takes and
// why ("may", "march" and "fall" are also common words).
import { wordSet } from './lemma-set';

/** The twelve month names, lower case ("may" and "march" are also a modal and a verb: readers check the capital). */
export const MONTH_NAMES = wordSet('month-names', [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** The months' abbreviations, without their dot ("Sep." is "sep"); May has none. */
export const MONTH_ABBREVIATIONS = wordSet('month-abbreviations', [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** A month named in full or abbreviated ("March", "Sep"). */
export const isMonthWord = (lower: string): boolean => MONTH_NAMES.has(lower) || MONTH_ABBREVIATIONS.has(lower);

/** The seasons ("fall" is also a verb: readers that take it say why). */
export const SEASONS = wordSet('seasons', ['spring', 'summer', 'fall', 'autumn', 'winter']);

/** The days of the week and their abbreviations ("Mon 14:00:" heads a diary's entry, not a chat speaker's line). */
export const WEEKDAY_NAMES = wordSet('weekday-names', [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
]);
