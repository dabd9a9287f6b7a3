// The regression set in tests/fixtures/claims/regression.jsonl: sentences written for this project and
// labeled by corpus/RUBRIC.md. Rules were tuned and rows relabelled against it (it was the "held-out"
// set), so it no longer tells whether the analyzer generalizes; it guards what earlier work fixed.
// Each flag must stay at or above the figure it had when the set was retired from held-out duty.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { analyzeWithSection, parseLabeledRows, scoreFlags, type Flag } from '#shared/analysis/evaluate';
import { createAnalyzer } from '#shared/analysis/index';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const regressionPath = resolve(repoRoot, 'tests/fixtures/claims/regression.jsonl');

/** F1 per flag when the set became a regression set (issue 11); never lower. */
const FLOORS: Record<Flag, number> = {
  is_claim: 0.98,
  has_metric: 0.96,
  has_scale: 0.93,
  has_outcome: 0.915, // set from the s18 bare-delivery relabel (ho-037, ho-110)
  vague_claim: 0.91,
};

describe('claim analyzer on the regression set', () => {
  const rows = parseLabeledRows(readFileSync(regressionPath, 'utf8'));
  const scores = scoreFlags(rows, analyzeWithSection(createAnalyzer().analyzeText));

  it('has at least 200 labeled rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
  });

  for (const [flag, floor] of Object.entries(FLOORS)) {
    it(`${flag}: F1 ≥ ${floor}`, () => {
      const score = scores.find((s) => s.flag === flag);
      expect(score, `no score for ${flag}`).toBeDefined();
      const misses = [
        ...score!.falsePositives.map((id) => `FP ${id}`),
        ...score!.falseNegatives.map((id) => `FN ${id}`),
      ].join(', ');
      expect(
        score!.f1,
        `${flag} P=${score!.precision.toFixed(3)} R=${score!.recall.toFixed(3)} (${misses})`,
      ).toBeGreaterThanOrEqual(floor);
    });
  }
});
