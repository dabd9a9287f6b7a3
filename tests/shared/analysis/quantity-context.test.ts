// The number context's own words (quantity-context.ts): split as `split(/[\s-]+/)` splits, by a plain scan.
import { describe, expect, it } from 'vitest';
import { ownWords, type NumberContext } from '#shared/analysis/rules/quantity/quantity-context';
import type { Quantity } from '#shared/analysis/rules/quantity/quantity-types';

const contextOf = (text: string): NumberContext => ({
  tokens: [],
  q: { text } as Quantity,
  at: 0,
  after: 0,
});

describe('ownWords', () => {
  it('splits at blank space and hyphens, as the regular expression did', () => {
    expect(ownWords(contextOf('a six-week'))).toEqual(['a', 'six', 'week']);
    expect(ownWords(contextOf('Two  - Day'))).toEqual(['two', 'day']);
  });

  it('keeps the empty ends and the blanks a regular expression counts as space', () => {
    const texts = [
      '',
      '-',
      ' 3 ',
      '--a--b--',
      '12\u00a0000\u2009ms',
      'x\u2028y\u3000z\ufeffw',
      'a\u200bb',
      'a\u0085b',
      'İ-9',
    ];
    for (const text of texts)
      expect(ownWords(contextOf(text)), JSON.stringify(text)).toEqual(text.toLowerCase().split(/[\s-]+/));
  });

  it('is split once per context', () => {
    const n = contextOf('three-month trial');
    expect(ownWords(n)).toBe(ownWords(n));
  });
});
