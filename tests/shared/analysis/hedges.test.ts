import { describe, it, expect } from 'vitest';
import { findHedges } from '#shared/analysis/rules/marks/hedges';
import { spanTexts, tokenize } from './helpers';

describe('hedges', () => {
  it('finds single and multi-word hedges', () => {
    const text = 'I think we probably sort of fixed it, and it is basically done.';
    expect(spanTexts(text, findHedges(tokenize(text)))).toEqual(['I think', 'probably', 'sort of', 'basically']);
  });

  it('leaves narrative of attempts and noun phrases alone', () => {
    const text = 'I tried to reproduce it locally; it seemed out of memory, the kind of issue that hides.';
    expect(findHedges(tokenize(text))).toEqual([]);
  });

  it('does not fire on confident statements', () => {
    expect(findHedges(tokenize('I fixed the leak and documented it.'))).toEqual([]);
  });
});
