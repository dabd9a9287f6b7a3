import { describe, it, expect } from 'vitest';
import { findHedges } from '../../../shared/analysis/rules/hedges';
import { spanTexts, tokenize } from './helpers';

describe('hedges', () => {
  it('finds single and multi-word hedges', () => {
    const text = 'I think we probably sort of fixed it, and I tried to document it.';
    expect(spanTexts(text, findHedges(tokenize(text)))).toEqual(['I think', 'probably', 'sort of', 'tried to']);
  });

  it('does not fire on confident statements', () => {
    expect(findHedges(tokenize('I fixed the leak and documented it.'))).toEqual([]);
  });
});
