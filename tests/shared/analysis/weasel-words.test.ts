import { describe, it, expect } from 'vitest';
import { findWeaselWords } from '#shared/analysis/rules/marks/weasel-words';
import { spanTexts, tokenize } from './helpers';

describe('weasel words', () => {
  it('finds intensifiers and vague quantities with exact spans', () => {
    const text = 'Significantly improved various services, with a lot of world-class tooling.';
    const hits = findWeaselWords(tokenize(text));
    expect(spanTexts(text, hits)).toEqual(['Significantly', 'various', 'a lot of', 'world-class']);
    expect(hits.map((h) => h.kind)).toEqual(['inflating', 'vague-amount', 'vague-amount', 'inflating']);
  });

  it('is quiet on plain, specific text', () => {
    expect(findWeaselWords(tokenize('Cut p95 latency from 300 ms to 90 ms for 2M users.'))).toEqual([]);
  });
});
