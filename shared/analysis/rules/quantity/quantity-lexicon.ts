// The words and units quantity detection knows (currencies, percent words, durations, data sizes,
// suffixes on digits, approximators, configuration and offset words) and the digit-number pattern,
// shared by the detection, its exclusions and the head search. Lists used by one part only live there.
import { CHANGE_MULTIPLIERS, MAGNITUDE_PLURALS, NUMBER_WORDS } from './number-words';
import { GROUP_NOUNS, RESULT_NOUNS, isScaleNoun } from './scale';

/** Currency signs typed before a figure (number-typography.ts moves one typed after a figure before it). */
export const CURRENCY_SYMBOLS = new Set([
  '$',
  '€',
  '£',
  '₹',
  '¥',
  '₩',
  '₽',
  '₪',
  '฿',
  '₦',
  '₱',
  '₺',
  '₴',
  '₫',
  '₵',
  '₲',
  '₡',
  '₭',
  '₸',
  '₼',
  '₾',
  '৳',
  '₨',
]);
export const CURRENCY_WORDS = new Set([
  'dollars',
  'dollar',
  'usd',
  'eur',
  'euros',
  'euro',
  'gbp',
  'pounds',
  'inr',
  'rupees',
  'yen',
  'cad',
  'aud',
  'chf',
  'k$',
  'm$',
]);
export const PERCENT_WORDS = new Set(['%', 'percent', 'per-cent', 'pct', 'pp', 'bps', 'percentage', 'basis']);
export const DURATION_UNITS = new Set([
  'ms',
  'millisecond',
  'milliseconds',
  'µs',
  // Not "us": "10 US banks" is far more common than "10 us".
  'microseconds',
  'ns',
  's',
  'sec',
  'secs',
  'second',
  'seconds',
  'min',
  'mins',
  'minute',
  'minutes',
  'h',
  'hr',
  'hrs',
  'hour',
  'hours',
  'day',
  'days',
  'wk',
  'wks',
  'week',
  'weeks',
  'month',
  'months',
  'mo',
  'quarter',
  'quarters',
  'year',
  'years',
  'yr',
  'yrs',
  'sprint',
  'sprints',
  'semester',
  'semesters',
  'night',
  'nights',
  'weekend',
  'weekends',
]);
export const DATA_SUFFIXES = new Set(['kb', 'mb', 'gb', 'tb', 'pb', 'eb', 'k+', 'gib', 'tib', 'mib', 'pib']);
export const MAGNITUDE_SUFFIXES = new Set(['k', 'm', 'mm', 'b', 'bn', 'mn']);
export const DURATION_SUFFIXES = new Set([
  'ms',
  's',
  'sec',
  'secs',
  'min',
  'mins',
  'h',
  'hr',
  'hrs',
  'd',
  'wk',
  'wks',
  'yr',
  'yrs',
  'mo',
  'us',
  'µs',
  'ns',
]);
/**
 * "3h40", "2h05m", "1h30min": hours and minutes written in one token, the suffix after the hours' digits.
 * A clock reading is "14:30" or "2pm", never this shape, so it is a length of time.
 */
export function isHourMinuteSuffix(suffix: string): boolean {
  return /^h[0-5]\d(?:m|min)?$/.test(suffix);
}
export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
// Nouns after an ordinal that make it the writer's ranking ("1st place", "third prize").
export const PLACE_NOUNS = new Set(['place', 'prize', 'position', 'overall', 'runner-up', 'finish']);
export const RATE_SUFFIXES = new Set(['qps', 'rps', 'tps', 'rpm']);
// Words after a duration that turn it into a point in time ("3 months after joining").
export const OFFSET_WORDS = new Set([
  'after',
  'later',
  'ago',
  'before',
  'earlier',
  'prior',
  'into',
  'beforehand',
  'since',
  // "a window ending 60 days back": a point counted back from now.
  'back',
  'old',
]);
// Words after a quantity that make it a configuration value, not a measurement.
export const CONFIG_WORDS = new Set([
  'ttl',
  'timeout',
  'timeouts',
  'interval',
  'retention',
  'cron',
  'cooldown',
  'deadline',
  'backoff',
  'expiry',
  'window',
  'cap',
  'limit',
  'quota',
  'threshold',
  'sla',
  // "a 20% buffer for interrupts", "30% headroom", "a 7-day rolling average": margins and smoothing the writer chose.
  'buffer',
  'headroom',
  'rolling',
]);
/** One-word hedges on a number ("about 40", "nearly 300", "over 12"). */
export const ONE_WORD_HEDGES = [
  'about',
  'around',
  'roughly',
  'approximately',
  'approx',
  'nearly',
  'almost',
  'over',
  'under',
  'circa',
];
/** Words of roughness a duration's reads step over: "for about 3 years", "after nearly two years". */
export const ROUGHLY_WORDS: ReadonlySet<string> = new Set(['about', 'around', 'nearly', 'almost', 'over', 'roughly']);

export const APPROXIMATORS = new Set([
  '~',
  '≈',
  ...ONE_WORD_HEDGES,
  'more',
  'less',
  'fewer',
  'than',
  'up',
  'to',
  'at',
  'least',
  'most',
  'just',
  'only',
  'some',
  '+',
  '>',
  '<',
  'within',
  // "well over 200", "a good 400", "something like 400", "a little under", "far more than": the words that
  // round a number between a verb and its count (the walks back to the verb step over them).
  'well',
  'good',
  'something',
  'like',
  'little',
  'bit',
  'far',
]);
export const TIME_NOUNS = new Set([
  'day',
  'week',
  'month',
  'year',
  'hour',
  'minute',
  'second',
  'quarter',
  'night',
  // "5 patients per shift", "200 guests a shift": a work shift is a unit of time for the load carried.
  'shift',
  'sec',
  'min',
  'yr',
  'hr',
  's',
]);
// Digits with an optional thousands grouping, decimals and whatever follows ("2M", "40%", "3rd", "1.2.3").
// A comma before one or two digits is a decimal comma, as continental writers type it ("97,1%",
// "8,5 %"); before three it groups thousands ("1,500").
export const DIGIT_NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+|,\d{1,2}(?!\d))?(.*)$/;

export function isUnitWord(lower: string): boolean {
  return (
    PERCENT_WORDS.has(lower) ||
    CURRENCY_WORDS.has(lower) ||
    DURATION_UNITS.has(lower) ||
    DATA_SUFFIXES.has(lower) ||
    lower === 'x'
  );
}

/** Nouns and units the quantity rule knows; the head search prefers them over modifiers. */
let knownHeads: Set<string> | undefined;
export function isKnownHead(lower: string): boolean {
  knownHeads ??= new Set([
    ...PERCENT_WORDS,
    ...CURRENCY_WORDS,
    ...DURATION_UNITS,
    ...DATA_SUFFIXES,
    'x',
    ...CONFIG_WORDS,
    ...RESULT_NOUNS,
    ...GROUP_NOUNS,
    'fold',
    'times',
  ]);
  return knownHeads.has(lower) || isScaleNoun(lower);
}

// Words without digits that can take part in a quantity (number words, "hundreds", "doubled", units).
let quantityWords: Set<string> | undefined;
export function quantityWordSet(): Set<string> {
  quantityWords ??= new Set([
    ...NUMBER_WORDS.keys(),
    ...MAGNITUDE_PLURALS,
    ...CHANGE_MULTIPLIERS,
    ...DURATION_UNITS,
    // Placings in words ("second place", "third prize"); "once" only counts beside "twice", which is listed.
    'place',
    'prize',
    'half',
    'one',
    // "to a single page": the after value of a change (quantity-after-values.ts).
    'single',
    'third',
    'thirds',
    'fifth',
    'fifths',
    'tenth',
    'tenths',
  ]);
  return quantityWords;
}
