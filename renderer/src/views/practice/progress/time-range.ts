// The x range of a chart over time, in seconds. Given to uPlot explicitly because uPlot's own range for a
// single point on a time scale spans a thousand days (one attempt today drew Dec 2026 to Oct 2029).

const DAY = 86_400;

/** From the first to the last time, padded by 5% of the span and at least a day on each side. */
export function timeRange(seconds: readonly number[]): [number, number] {
  if (seconds.length === 0) {
    const now = Date.now() / 1000;
    return [now - 7 * DAY, now + DAY];
  }
  const min = Math.min(...seconds);
  const max = Math.max(...seconds);
  const pad = Math.max((max - min) * 0.05, DAY);
  return [min - pad, max + pad];
}
