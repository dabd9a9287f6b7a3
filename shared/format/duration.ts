// Durations as the user reads them. One way to count: whole seconds elapsed (floor), never below zero, so
// the same answer reads the same on the running clock, in the log, in the chart and in a story's row
// (before, three formatters rounded three ways and a 179.6 s answer read 2:59 in one place and 3:00 in another).

const wholeSeconds = (seconds: number): number => (Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds)) : 0);

/** 95 → "1:35"; 3725 → "62:05". */
export function clockText(seconds: number): string {
  const s = wholeSeconds(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** 95 → "1 min 35 s"; 120 → "2 min"; 40 → "40 s": for sentences, captions and screen readers. */
export function spokenDuration(seconds: number): string {
  const s = wholeSeconds(seconds);
  const m = Math.floor(s / 60);
  const rest = s % 60;
  if (m === 0) return `${rest} s`;
  return rest === 0 ? `${m} min` : `${m} min ${rest} s`;
}
