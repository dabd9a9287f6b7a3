// updatedAt doubles as a version for conflict detection, so it must change on every save even when
// two saves land in the same millisecond.
export function nextTimestamp(previous: string | undefined, now: Date): string {
  const prev = previous ? Date.parse(previous) : Number.NaN;
  const at = Number.isNaN(prev) || now.getTime() > prev ? now.getTime() : prev + 1;
  return new Date(at).toISOString();
}
