import { describe, it, expect } from 'vitest';
import { findWeakOwnership } from '#shared/analysis/rules/marks/weak-ownership';
import { spanTexts, tokenize } from './helpers';

describe('weak ownership', () => {
  it("finds phrasings that hide the speaker's own part", () => {
    const text =
      'Helped with the launch, worked on search, was involved in hiring, responsible for CI and participated in reviews.';
    expect(spanTexts(text, findWeakOwnership(tokenize(text)))).toEqual([
      'Helped',
      'worked on',
      'was involved in',
      'responsible for',
      'participated in',
    ]);
  });

  it("marks only the writer's own verb, not what helped someone else or a joined compound", () => {
    const text = 'I read two papers, which helped me see the model; then used AI-assisted coding.';
    expect(findWeakOwnership(tokenize(text))).toEqual([]);
    const mine = 'I mostly helped the data team and was responsible for the rollout.';
    expect(spanTexts(mine, findWeakOwnership(tokenize(mine)))).toEqual(['helped', 'responsible for']);
  });

  it('does not fire on direct ownership', () => {
    expect(findWeakOwnership(tokenize('I designed the rollout and led the on-call rotation.'))).toEqual([]);
  });
});
