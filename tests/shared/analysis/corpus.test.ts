// Measures the analyzer on the labeled development corpus that sits beside the repository
// (../shared/corpus/dev-claims.jsonl). The sentences stay out of the repository; only the figures
// are asserted. Skipped, with the reason printed, where the corpus is not available.
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { F1_TARGETS, parseLabeledRows, scoreFlags } from '../../../shared/analysis/evaluate';
import { createAnalyzer } from '../../../shared/analysis/index';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const corpusPath = resolve(repoRoot, '../shared/corpus/dev-claims.jsonl');
const available = existsSync(corpusPath);
if (!available)
  console.warn(`corpus.test: skipped — ${corpusPath} not found (the labeled corpus lives outside the repository).`);

describe.skipIf(!available)(`claim analyzer on ${corpusPath}`, () => {
  const scores = available
    ? scoreFlags(parseLabeledRows(readFileSync(corpusPath, 'utf8')), createAnalyzer().analyzeText)
    : [];

  for (const [flag, target] of Object.entries(F1_TARGETS)) {
    it(`${flag}: F1 ≥ ${target}`, () => {
      const score = scores.find((s) => s.flag === flag);
      expect(score, `no score for ${flag}`).toBeDefined();
      expect(
        score!.f1,
        `${flag} P=${score!.precision.toFixed(3)} R=${score!.recall.toFixed(3)}`,
      ).toBeGreaterThanOrEqual(target);
    });
  }
});
