// The floor tests every labeled claims set repeats: per half (tuning, aside), each named flag's F1 at
// or above its floor. Floors sit at the figures reached and only go up.
import { it, expect } from 'vitest';
import { analyzeWithSection, rowHalf, scoreFlags, type Flag, type LabeledRow } from '#shared/analysis/evaluate';
import { createAnalyzer } from '#shared/analysis/index';

export type HalfFloors = Record<'tuning' | 'aside', Partial<Record<Flag, number>>>;

/** Registers one test per half and flag, inside the caller's `describe`. */
export function itMeetsHalfFloors(rows: LabeledRow[], floors: HalfFloors): void {
  for (const half of ['tuning', 'aside'] as const) {
    const part = rows.filter((r) => rowHalf(r) === half);
    const scores = scoreFlags(part, analyzeWithSection(createAnalyzer().analyzeText));
    for (const [flag, floor] of Object.entries(floors[half]) as [Flag, number][]) {
      it(`${half} half, ${flag}: F1 ≥ ${floor}`, () => {
        const score = scores.find((s) => s.flag === flag)!;
        expect(score.f1, `P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)}`).toBeGreaterThanOrEqual(floor);
      });
    }
  }
}
