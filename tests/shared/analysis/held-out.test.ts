// Measures the analyzer on the held-out set in tests/fixtures/claims/held-out.jsonl: sentences written
// for this project, independently of the development corpus the word lists were tuned on, and
// labeled by corpus/RUBRIC.md. It lives in the repository, so this test always runs: the F1 targets
// must hold on text the rules were not fitted to, not only on ../shared/corpus/dev-claims.jsonl.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseLabeledRows, scoreFlags } from '../../../shared/analysis/evaluate';
import { createAnalyzer } from '../../../shared/analysis/index';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const heldOutPath = resolve(repoRoot, 'tests/fixtures/claims/held-out.jsonl');

const TARGETS = { is_claim: 0.95, has_metric: 0.95, has_scale: 0.9, has_outcome: 0.85, vague_claim: 0.9 } as const;
// Flags not yet at target on this set: the floor guards against regressions while the gap is open.
// Raise the floor as it improves; delete the entry once the target holds. (None open now.)
const KNOWN_SHORTFALLS: Partial<Record<keyof typeof TARGETS, number>> = {};

describe('claim analyzer on the held-out set', () => {
  const rows = parseLabeledRows(readFileSync(heldOutPath, 'utf8'));
  const scores = scoreFlags(rows, createAnalyzer().analyzeText);

  it('has at least 200 labeled rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
  });

  for (const [flag, rubricTarget] of Object.entries(TARGETS)) {
    const floor = KNOWN_SHORTFALLS[flag as keyof typeof TARGETS];
    const target = floor ?? rubricTarget;
    if (floor !== undefined) it.todo(`${flag}: F1 ≥ ${rubricTarget} (now held at ≥ ${floor})`);
    it(`${flag}: F1 ≥ ${target}`, () => {
      const score = scores.find((s) => s.flag === flag);
      expect(score, `no score for ${flag}`).toBeDefined();
      const misses = [...score!.falsePositives.map((id) => `FP ${id}`), ...score!.falseNegatives.map((id) => `FN ${id}`)].join(', ');
      expect(score!.f1, `${flag} P=${score!.precision.toFixed(3)} R=${score!.recall.toFixed(3)} (${misses})`).toBeGreaterThanOrEqual(target);
    });
  }
});
