// Calendar arithmetic in the user's local time zone, with no hidden clock: every function takes the
// moment it reasons about. Month names are spelled out here rather than taken from Intl so that the
// reasons the queue gives read the same on every machine and in every test.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** Local midnight at the start of the day containing `at`. */
export function startOfDay(at: Date): Date {
  return new Date(at.getFullYear(), at.getMonth(), at.getDate());
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier); DST-safe. */
export function calendarDaysBetween(from: Date, to: Date): number {
  const a = startOfDay(from);
  const b = startOfDay(to);
  // Date.UTC on the local fields removes the 23/25-hour days of a DST change.
  return Math.round(
    (Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) /
      DAY_MS,
  );
}

/** Parses an ISO calendar date (`2025-12-04`) as local midnight; undefined when malformed. */
/** The local calendar date as YYYY-MM-DD, the form loop dates are stored in (not the UTC date). */
export function localIsoDate(at: Date): string {
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

export function parseLocalDate(isoDate: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(year, month, day);
  // Date rolls "2026-13-40" over into 2027; a real calendar date reads back the same fields.
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day ? date : undefined;
}

/** "Dec 4" — short, unambiguous within a few months either side. */
export function shortDate(at: Date): string {
  return `${MONTHS[at.getMonth()]} ${at.getDate()}`;
}

/** Monday 00:00 local of the week containing `at` (ISO weeks start on Monday). */
export function startOfWeek(at: Date): Date {
  const day = startOfDay(at);
  const sinceMonday = (day.getDay() + 6) % 7;
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() - sinceMonday);
}

/** "today", "tomorrow", "yesterday", "in 3 days", "3 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
