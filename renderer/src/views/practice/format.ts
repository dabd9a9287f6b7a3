// Small display helpers for the Practice view. Durations are shared/format/duration.ts's.

// Made on first use, not when the view's chunk loads: the chunk is fetched and run right after the
// first paint, and the first date formatter in a page costs tens of milliseconds to set up.
let formats: { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat } | undefined;

export function shortDateTime(at: Date): string {
  formats ??= {
    date: new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' }),
    time: new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }),
  };
  return `${formats.date.format(at)}, ${formats.time.format(at)}`;
}
