// Small display helpers for the Practice view. Durations are shared/format/duration.ts's.

const DATE = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const TIME = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

export function shortDateTime(at: Date): string {
  return `${DATE.format(at)}, ${TIME.format(at)}`;
}
