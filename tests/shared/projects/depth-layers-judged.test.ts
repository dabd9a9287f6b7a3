// Floors for the depth map's layers on real stories judged by layer (tests/fixtures/follow-ups/
// corpus-layers.json): a layer is shown (evidence found) where the story covers it. Read from
// ../shared/corpus (STORYBANK_CORPUS_DIR in a worktree); skipped without it. Figures when written in comments.
import { describe, it, expect } from 'vitest';
import { scoreLayers } from '#shared/projects/evaluate-layers';
import { loadLayerStories } from '../../fixtures/follow-ups/load-judged-stories';

const { tuning, aside } = loadLayerStories();
const total = (stories: typeof tuning) => {
  const scores = scoreLayers(stories);
  const sum = (k: 'tp' | 'shown' | 'covered') => scores.reduce((n, s) => n + s[k], 0);
  return { precision: sum('tp') / sum('shown'), recall: sum('tp') / sum('covered') };
};

describe.skipIf(tuning.length === 0)('depth-map layers on judged real stories', () => {
  it('shows layers where the stories cover them, no worse than when measured', () => {
    const t = total(tuning); // P .82 (18/22), R .78 (18/23)
    const a = total(aside); // P .42 (10/24), R .77 (10/13)
    expect(t.precision).toBeGreaterThanOrEqual(0.8);
    expect(t.recall).toBeGreaterThanOrEqual(0.75);
    expect(a.precision).toBeGreaterThanOrEqual(0.4);
    expect(a.recall).toBeGreaterThanOrEqual(0.75);
  });

  it('does not take choosing a tool or checking inputs for evaluating the work', () => {
    const evaluation = scoreLayers(tuning).find((s) => s.id === 'evaluation')!;
    expect(evaluation.errors.filter((e) => e.endsWith('shown, not covered'))).toEqual([]);
  });
});
