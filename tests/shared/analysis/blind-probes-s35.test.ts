// The blind class probes of session 35 (tests/fixtures/probes-s35/README.md): lines written, to each class the
// session fixed, by an engineer who never read the analyzer. They were run once before and once after the fixes;
// these floors sit at the end figures, so a later change that loses what the fixes gained on text their authors
// did not write fails here. Floors only go up.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '#shared/analysis/index';
import { parseLabeledRows } from '#shared/analysis/evaluate';
import { parseLabeledStories, scoreInStory } from '#shared/analysis/evaluate-stories';
import { itMeetsHalfFloors, type HalfFloors } from './half-floors';

const probes = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/probes-s35');
const read = (file: string) => readFileSync(resolve(probes, file), 'utf8');

/** Per probe file, F1 floors on its (all aside) rows; the numbers file's claim floor allows the furniture veto's trade. */
const FLOORS: Record<string, HalfFloors['aside']> = {
  'acts.jsonl': { is_claim: 0.81, vague_claim: 0.68 },
  'numbers.jsonl': { is_claim: 0.9, has_metric: 0.85, has_scale: 0.72, has_outcome: 0.91 },
  'furniture.jsonl': { is_claim: 0.92, has_metric: 0.81 },
  'whole.jsonl': { is_claim: 0.96, has_metric: 0.75, has_outcome: 0.92, vague_claim: 0.79 },
};

for (const [file, aside] of Object.entries(FLOORS)) {
  describe(`blind probe ${file}`, () => {
    const rows = parseLabeledRows(read(file));
    it('has its rows, all aside', () => {
      expect(rows.length).toBeGreaterThanOrEqual(40);
      expect(rows.every((r) => r.half === 'aside')).toBe(true);
    });
    itMeetsHalfFloors(rows, { tuning: {}, aside });
  });
}

describe('blind probe whole stories, in-story claim marks', () => {
  it('keeps precision and recall at their end figures (4/5/1)', () => {
    const rows = parseLabeledRows(read('whole.jsonl'));
    const result = scoreInStory(parseLabeledStories(read('whole-stories.jsonl')), rows, createAnalyzer().analyzeText);
    expect(result.unmatched).toEqual([]);
    expect(result.recall).toBeGreaterThanOrEqual(0.8);
    expect(result.precision).toBeGreaterThanOrEqual(0.44);
  });
});
