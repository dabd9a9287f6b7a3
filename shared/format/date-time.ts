// Dates and times as the user reads them: always in local time, date and clock from the same clock
// (a UTC date beside a local time printed "2026-11-29 00:30" for a restore at 00:30 on 30 Nov in Berlin).

const two = (n: number) => String(n).padStart(2, '0');

/** "2026-11-30", the local calendar day (what "today" means to the user, not UTC's day). */
export function formatLocalDate(at: Date): string {
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
}

/** "2026-11-30 00:30", local time. */
export function formatLocalDateTime(at: Date): string {
  return `${formatLocalDate(at)} ${two(at.getHours())}:${two(at.getMinutes())}`;
}
