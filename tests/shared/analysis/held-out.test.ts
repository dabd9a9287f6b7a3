// Measures the analyzer on the held-out set in tests/fixtures/claims/held-out.jsonl: sentences written
// for this project, independently of the development corpus the word lists were tuned on, and
// labeled by corpus/RUBRIC.md. It lives in the repository, so this test always runs: the F1 targets
// must hold on text the rules were not fitted to, not only on ../shared/corpus/dev-claims.jsonl.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { F1_TARGETS, parseLabeledRows, scoreFlags } from '../../../shared/analysis/evaluate';
import { createAnalyzer } from '../../../shared/analysis/index';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const heldOutPath = resolve(repoRoot, 'tests/fixtures/claims/held-out.jsonl');

describe('claim analyzer on the held-out set', () => {
  const rows = parseLabeledRows(readFileSync(heldOutPath, 'utf8'));
  const scores = scoreFlags(rows, createAnalyzer().analyzeText);

  it('has at least 200 labeled rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
  });

  for (const [flag, target] of Object.entries(F1_TARGETS)) {
    it(`${flag}: F1 ≥ ${target}`, () => {
      const score = scores.find((s) => s.flag === flag);
      expect(score, `no score for ${flag}`).toBeDefined();
      const misses = [
        ...score!.falsePositives.map((id) => `FP ${id}`),
        ...score!.falseNegatives.map((id) => `FN ${id}`),
      ].join(', ');
      expect(
        score!.f1,
        `${flag} P=${score!.precision.toFixed(3)} R=${score!.recall.toFixed(3)} (${misses})`,
      ).toBeGreaterThanOrEqual(target);
    });
  }
});
