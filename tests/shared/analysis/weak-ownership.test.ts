import { describe, it, expect } from 'vitest';
import { findWeakOwnership } from '../../../shared/analysis/rules/weak-ownership';
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

  it('does not fire on direct ownership', () => {
    expect(findWeakOwnership(tokenize('I designed the rollout and led the on-call rotation.'))).toEqual([]);
  });
});
