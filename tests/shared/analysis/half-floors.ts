// The floor tests every labeled claims set repeats: per half (tuning, aside), each named flag's F1 at
// or above its floor. Floors sit at the figures reached and only go up.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { describe, it, expect } from 'vitest';
import {
  analyzeWithSection,
  parseLabeledRows,
  rowHalf,
  scoreFlags,
  type Flag,
  type LabeledRow,
} from '#shared/analysis/evaluate';
import { createAnalyzer } from '#shared/analysis/index';

const CLAIMS_FIXTURES = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/claims');

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

/**
 * A whole labeled claims set of ours, `tests/fixtures/claims/<file>`: it has at least `minPerHalf` rows
 * in each half, and each half meets its floors.
 */
export function describeWrittenSet(file: string, title: string, floors: HalfFloors, minPerHalf: number): void {
  const rows = parseLabeledRows(readFileSync(resolve(CLAIMS_FIXTURES, file), 'utf8'));
  describe(`claim analyzer on ${file.replace(/\.jsonl$/, '')} (${title})`, () => {
    it('has both halves', () => {
      expect(rows.filter((r) => rowHalf(r) === 'aside').length).toBeGreaterThanOrEqual(minPerHalf);
      expect(rows.filter((r) => rowHalf(r) === 'tuning').length).toBeGreaterThanOrEqual(minPerHalf);
    });
    itMeetsHalfFloors(rows, floors);
  });
}
