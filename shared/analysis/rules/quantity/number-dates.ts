// Dates and times of day written in figures: "3 March", "9 am", "10:30", "2024-03-14", "14/03/25",
// "03.2021", "Sept '22", a decade ("a 1790s violin"), a bare hour a preposition of a point in time places
// ("sold out by 2", "at 8 every Saturday", "between 2 and 5am"), and the second end of a span of them
// ("03/2021 to 11/2023"). A date places the work in time; it counts nothing. naming-numbers.ts asks these
// first, before any word around a number can read it as a count.
import { isCapitalized, type Token } from '../language/tokenize';
import {
  EFFECT_VERBS,
  GO_VERBS,
  IMPROVE_VERBS,
  MOVE_VERBS,
  SCHEDULE_SLOT_UNITS,
  STATE_CHANGE_VERBS,
  WEEKDAY_NAMES,
  isMonthWord,
} from '../language/lexicon';
import { isDigitRun } from './number-words';
import { isHourMinuteSuffix } from './quantity-lexicon';
import { isNumericToken } from './quantity-phrase';

/** "3 March", "9 am", "10:30": a day or a time of day. */
export function isDayOrTime(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (next && isMonthWord(next.lower) && isCapitalized(next.text) && t.kind === 'number' && Number(t.text) <= 31)
    return true;
  if (
    next &&
    (next.lower === 'am' ||
      next.lower === 'pm' ||
      next.lower === 'a.m' ||
      next.lower === 'p.m' ||
      next.lower === "o'clock" ||
      next.text === ':')
  )
    return true;
  // "at 14h30", "until 9h15": hours and minutes after a preposition of a point in time are a clock reading.
  const m = /^\d{1,2}(h[0-5]\d)$/i.exec(t.text);
  if (m && isHourMinuteSuffix(m[1].toLowerCase()) && CLOCK_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '')) return true;
  return isClockMinutes(tokens, i);
}

/** Prepositions that make "14h30" a clock reading: "at 14h30", "until 9h15". */
const CLOCK_PREPOSITIONS = new Set(['at', 'until', 'till']);

/**
 * The minutes of a clock time, "11:30", "at 9:15", and of a range of two ("11:30–13:00", which the
 * tokenizer cuts "11", ":", "30–13", ":", "00"): two digits (a range's next hour joined) written right
 * after a colon that follows an hour, with no space. A ratio ("3:1") has one digit after its colon.
 */
function isClockMinutes(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const colon = tokens[i - 1];
  const hour = tokens[i - 2];
  return (
    t.kind === 'number' &&
    colon?.text === ':' &&
    colon.end === t.start &&
    hour?.kind === 'number' &&
    hour.end === colon.start &&
    /^(?:[0-5]\d[-–—])?\d{1,2}$/.test(hour.text) &&
    /^[0-5]\d(?:[-–—]\d{1,2})?$/.test(t.text)
  );
}

/** A joiner between the parts of a date written in figures, touching both: "2024-03-14", "14/03". */
const isDateJoiner = (tokens: Token[], k: number) => {
  const j = tokens[k];
  return (
    j !== undefined &&
    (j.text === '-' || j.text === '/') &&
    tokens[k - 1]?.end === j.start &&
    tokens[k + 1]?.start === j.end
  );
};
const isYearText = (text: string) => /^(?:19|20)\d\d$/.test(text);

/** The token at `k` is a number of one or two digits: a part of a date written in figures. */
function isDatePart(tokens: Token[], k: number): boolean {
  return tokens[k]?.kind === 'number' && isDigitRun(tokens[k].text, 2);
}

/** The number token at `k` is from 1 to `max`. */
function isFrom1To(tokens: Token[], k: number, max: number): boolean {
  return Number(tokens[k].text) >= 1 && Number(tokens[k].text) <= max;
}

/**
 * The index of the last token of a date written in figures that token `i` is a part of, else -1: an ISO
 * date after its year ("2024-03-14", "2024-03", `i` at the month) or a day and a month, or a month and a
 * year, with a part written with a leading zero ("14/03", "03/14", "03/2024"). A count is never written
 * "03", so the leading zero tells the date from a ratio or a range ("3/14 tests", "3-5 days").
 */
export function numericDateEnd(tokens: Token[], i: number): number {
  if (!isDatePart(tokens, i)) return -1;
  // ISO: the year, a hyphen, the month and maybe a hyphen and the day.
  if (tokens[i - 1]?.text === '-' && isDateJoiner(tokens, i - 1) && isYearText(tokens[i - 2]?.text ?? '')) {
    if (tokens[i].text.length !== 2 || !isFrom1To(tokens, i, 12)) return -1;
    return tokens[i + 1]?.text === '-' &&
      isDateJoiner(tokens, i + 1) &&
      isDatePart(tokens, i + 2) &&
      isFrom1To(tokens, i + 2, 31)
      ? i + 2
      : i;
  }
  if (!isDateJoiner(tokens, i + 1) || tokens[i + 2]?.kind !== 'number') return -1;
  const second = tokens[i + 2].text;
  const leadingZero = /^0\d$/.test(tokens[i].text) || /^0\d$/.test(second);
  if (!leadingZero || isDateJoiner(tokens, i - 1)) return -1;
  // "03/2024": a month and a year; "14/03", "03/14": a day and a month, one of them up to 12.
  if (isYearText(second)) return isFrom1To(tokens, i, 12) ? i + 2 : -1;
  if (
    !isDatePart(tokens, i + 2) ||
    !isFrom1To(tokens, i, 31) ||
    !isFrom1To(tokens, i + 2, 31) ||
    (!isFrom1To(tokens, i, 12) && !isFrom1To(tokens, i + 2, 12))
  )
    return -1;
  return i + 2;
}

/** "3/14/2024": a date written with slashes; it spans tokens i..i+4. */
export function isSlashDate(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && next.text === '/' && isNumericToken(tokens[i + 2]) && tokens[i + 3]?.text === '/';
}

/**
 * "03.2021", "11.2023": a month and a year joined by a dot, the month 1 to 12 and the year four figures from
 * 1900. A decimal is never written with a year's four figures after a month's one or two.
 */
function isDottedMonthYear(t: Token): boolean {
  return t.kind === 'number' && /^(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d$/.test(t.text);
}

/**
 * "Sept '22", "in '19", "the '90s": a year cut to its last two figures after an apostrophe that opens it (a
 * space or nothing before, never a word: "it's 40" is no year).
 */
function isApostropheYear(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const mark = tokens[i - 1];
  if (t.kind !== 'number' || !/^\d\d(?:s)?$/.test(t.text)) return false;
  if (mark === undefined || (mark.text !== "'" && mark.text !== '’') || mark.end !== t.start) return false;
  const before = tokens[i - 2];
  return before === undefined || before.end < mark.start || before.kind === 'symbol';
}

/**
 * "a 1790s violin", "the 1990's boom": a year that ends in 0 with an "s" glued on names a decade, a date; the
 * "s" is no unit of seconds ("1930s" is never 1,930 seconds, which a writer gives as "32 minutes").
 */
function isDecade(t: Token): boolean {
  return t.kind === 'number' && /^(?:1[0-9]|20)\d0(?:['’]?s)$/.test(t.text);
}

/** Prepositions of a point in time before a bare hour: "at 6", "from 7", "till 2", "by 9" ("between" only in a span). */
const HOUR_PREPOSITIONS = new Set(['at', 'from', 'till', 'until', 'by']);
/** Words between a bare hour and its slot of the day: "at 6 every morning", "at 10 on nights", "at 5 most days". */
const SLOT_LEADS = new Set(['every', 'each', 'most', 'on', 'in', 'the', 'early', 'late', 'a']);
/** Words joining two bare hours: "from 6 till 2". */
const HOUR_JOINS = new Set(['to', 'till', 'until', '-', '–']);

/** Whether a slot of the day (SCHEDULE_SLOT_UNITS) or a day of the week follows at `k`, past up to two leading words. */
function slotFrom(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j <= k + 2; j++) {
    if (SCHEDULE_SLOT_UNITS.has(tokens[j].lower) || WEEKDAY_NAMES.has(tokens[j].lower)) return true;
    if (!SLOT_LEADS.has(tokens[j].lower)) return false;
  }
  return false;
}

/**
 * The last token of a bare hour or a span of two at `i`, else -1.
 * "opened the shop most mornings at 6", "at 6 every morning", "from 6 till 2 on early shifts": a bare whole
 * hour (1 to 12) after a preposition of a point in time, with a slot of the day (SCHEDULE_SLOT_UNITS: a
 * morning, a night, a shift) right before the preposition or right after the hour (or after the second hour
 * of a span). Without the slot beside it ("capped it at 6", "kept the morning queue at 6") the value stays.
 */
function bareHourEnd(tokens: Token[], i: number): number {
  const hour = /^(?:[1-9]|1[0-2])$/;
  if (tokens[i].kind !== 'number' || !hour.test(tokens[i].text)) return -1;
  const next = tokens[i + 1]?.lower ?? '';
  const prep = tokens[i - 1]?.lower ?? '';
  // "between 2 and 5am", "from 6 to 9 pm": the first end of a span whose second end is a clock reading.
  if ((prep === 'between' || prep === 'from') && SPAN_HOUR_JOINS.has(next) && isClockReading(tokens, i + 2)) return i;
  if (!HOUR_PREPOSITIONS.has(prep)) return -1;
  // "at 6 a week", "at 6 per shift": a rate's value, not an hour.
  if (next === 'a' || next === 'an' || next === 'per') return -1;
  // "from 6 till 2": the span runs to its second hour.
  const end = HOUR_JOINS.has(next) && hour.test(tokens[i + 2]?.text ?? '') ? i + 2 : i;
  if (SCHEDULE_SLOT_UNITS.has(tokens[i - 2]?.lower ?? '') || slotFrom(tokens, end + 1)) return end;
  return pointInTimeHour(tokens, i) ? end : -1;
}

/** Words joining the two ends of a span of hours: "between 2 and 5am", "from 6 to 9 pm". */
const SPAN_HOUR_JOINS = new Set(['and', 'to', 'till', 'until', '-', '–']);

/** "5am", "9 pm", "10:30": a time of day written with its mark, at token `k`. */
function isClockReading(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== 'number') return false;
  return /^\d{1,2}(?:[:.][0-5]\d)?(?:am|pm|a\.m\.?|p\.m\.?)$/i.test(t.text) || isDayOrTime(tokens, k);
}

/** Prepositions whose bare hour is a point the work was done by, not an amount: "sold out by 2", "open until 4". */
const DEADLINE_HOUR_PREPOSITIONS = new Set(['by', 'until', 'till']);
/** Words after a bare hour that close its phrase as a point in time: "by 2, …", "by 6 and was …", "until 4 on Fridays". */
const HOUR_CLOSERS = new Set([
  'and',
  'so',
  'then',
  'but',
  'on',
  'today',
  'tonight',
  'every',
  'each',
  'latest',
  'sharp',
]);
/** Words read back from "by" for a word that moves something by an amount. */
const CHANGE_REACH = 8;

/**
 * "sold out by 2, had to turn people away", "Finished loading the van by 6 and …", "stayed open until 4": a bare
 * whole hour after "by", "until" or "till" that closes its phrase (a clause mark, the end, or a word that opens
 * what comes next) is the point in time the work reached, unless the clause moves something by an amount — a
 * verb that points up or down ("cut the list by 3", "raised it by 2", "prices rose by 4") or a comparative
 * ("more by 2") — where "by N" is the size of the change. The verb's direction decides, not its act.
 */
function pointInTimeHour(tokens: Token[], i: number): boolean {
  const prep = tokens[i - 1]?.lower ?? '';
  if (!DEADLINE_HOUR_PREPOSITIONS.has(prep)) return false;
  const after = tokens[i + 1];
  if (
    after !== undefined &&
    !(after.kind === 'symbol' && /^[,.;:!)—–-]$/.test(after.text)) &&
    !HOUR_CLOSERS.has(after.lower)
  )
    return false;
  if (after !== undefined && after.lower === 'and' && tokens[i + 2]?.kind === 'number') return false;
  if (prep !== 'by') return true;
  for (let k = i - 2, seen = 0; k >= 0 && seen < CHANGE_REACH; k--) {
    const w = tokens[k];
    if (w.kind === 'symbol') {
      if (/^[,;:.!?()—–]$/.test(w.text)) return true;
      continue;
    }
    if (w.kind === 'number') return false;
    if (movesByAmount(w.lower)) return false;
    seen++;
  }
  return true;
}

/**
 * A word that moves a thing by an amount: a verb of change or effect in any form, or a word of direction. "go"
 * points nowhere by itself ("all gone by 11"); "gone down by 3" has its direction in "down".
 */
function movesByAmount(lower: string): boolean {
  return (
    EFFECT_VERBS.has(lower) ||
    (STATE_CHANGE_VERBS.has(lower) && !GO_VERBS.has(lower)) ||
    MOVE_VERBS.has(lower) ||
    IMPROVE_VERBS.has(lower) ||
    lower === 'more' ||
    lower === 'less' ||
    lower === 'fewer' ||
    lower === 'up' ||
    lower === 'down'
  );
}

/** The last token of a date or time written in figures that starts at token `i`, else -1. */
export function dateShapeEnd(tokens: Token[], i: number): number {
  if (isDayOrTime(tokens, i) || isDottedMonthYear(tokens[i]) || isApostropheYear(tokens, i) || isDecade(tokens[i]))
    return i;
  const hour = bareHourEnd(tokens, i);
  if (hour >= 0) return hour;
  // "14/03/25" before "14/03": the longer shape first.
  if (isSlashDate(tokens, i)) return i + 4;
  return numericDateEnd(tokens, i);
}

/** Words and marks that join the two ends of a span of dates: "03/2021 to 11/2023", "03.2021 – 11.2023". */
const SPAN_JOINS = new Set(['to', 'until', 'till', '-', '–', '—']);

/**
 * "From 03/2021 to 11/2023": the second end of a span whose first end is a date written in figures is a date
 * too, whatever its shape ("11/2023" has no leading zero, which alone would leave it a ratio). The last token
 * of it, else -1. `i` is the number after the join.
 */
export function secondDateEnd(tokens: Token[], i: number): number {
  const join = tokens[i - 1];
  if (tokens[i].kind !== 'number' || join === undefined || !SPAN_JOINS.has(join.lower)) return -1;
  // The first end closes right before the join: its first token is at most four tokens back.
  let first = false;
  for (let k = i - 2; k >= 0 && k >= i - 6 && !first; k--) first = dateShapeEnd(tokens, k) === i - 2;
  if (!first) return -1;
  // The second end: a month and a year ("11/2023", "11.2023") or a shape of its own.
  const own = dateShapeEnd(tokens, i);
  if (own >= 0) return own;
  const slash = tokens[i + 1];
  return slash?.text === '/' && slash.start === tokens[i].end && /^(?:19|20)\d\d$/.test(tokens[i + 2]?.text ?? '')
    ? i + 2
    : -1;
}
