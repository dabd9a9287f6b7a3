// The blind class probes of session 36 (tests/fixtures/probes-s36/README.md): lines written, to each class the
// session fixed, by an engineer who never read the analyzer. They were run before the fixes and after each of the
// session's two rounds (the second round read half of outcomes.jsonl; the README says which); these floors sit at the end figures, so a later change that loses what the fixes gained on text their authors
// did not write fails here. Floors only go up.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '#shared/analysis/index';
import { parseLabeledRows } from '#shared/analysis/evaluate';
import { parseLabeledStories, scoreInStory } from '#shared/analysis/evaluate-stories';
import { itMeetsHalfFloors, type HalfFloors } from './half-floors';

const probes = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/probes-s36');
const read = (file: string) => readFileSync(resolve(probes, file), 'utf8');

/** Per probe file, F1 floors on its (all aside) rows, at the figures after session 36's second round. */
const FLOORS: Record<string, HalfFloors['aside']> = {
  'outcomes.jsonl': { is_claim: 0.95, has_outcome: 0.79 },
  'acts.jsonl': { is_claim: 0.86, has_outcome: 0.61 },
  'numbers.jsonl': { is_claim: 0.91, has_metric: 0.88, has_scale: 0.71, has_outcome: 0.82 },
  'notclaims.jsonl': { is_claim: 0.85, has_metric: 0.9 },
  'whole.jsonl': { is_claim: 0.87, has_outcome: 0.58, vague_claim: 0.72 },
};

for (const [file, aside] of Object.entries(FLOORS)) {
  describe(`blind probe ${file}`, () => {
    const rows = parseLabeledRows(read(file));
    it('has its rows, all aside', () => {
      expect(rows.length).toBeGreaterThanOrEqual(34);
      expect(rows.every((r) => r.half === 'aside')).toBe(true);
    });
    itMeetsHalfFloors(rows, { tuning: {}, aside });
  });
}

describe('blind probe whole stories, in-story claim marks', () => {
  it('keeps precision and recall at their end figures (4/3/3)', () => {
    const rows = parseLabeledRows(read('whole.jsonl'));
    const result = scoreInStory(parseLabeledStories(read('whole-stories.jsonl')), rows, createAnalyzer().analyzeText);
    expect(result.unmatched).toEqual([]);
    expect(result.recall).toBeGreaterThanOrEqual(0.57);
    expect(result.precision).toBeGreaterThanOrEqual(0.57);
  });
});
