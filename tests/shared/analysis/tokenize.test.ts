import { describe, it, expect } from 'vitest';
import { tokenize, countWords, firstTokenFrom, tokenStartingAt } from '#shared/analysis/rules/language/tokenize';

describe('tokenize', () => {
  it('keeps numbers with separators, versions and contractions whole', () => {
    const texts = tokenize("We didn't cut 1,200 jobs in v2.1 of Node.js").map((t) => t.text);
    expect(texts).toEqual(['We', "didn't", 'cut', '1,200', 'jobs', 'in', 'v2.1', 'of', 'Node.js']);
  });

  it('separates symbols and marks kinds', () => {
    const tokens = tokenize('$2M (40%) →');
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ['$', 'symbol'],
      ['2M', 'number'],
      ['(', 'symbol'],
      ['40', 'number'],
      ['%', 'symbol'],
      [')', 'symbol'],
      ['→', 'symbol'],
    ]);
  });

  it('gives exact UTF-16 offsets, keeping emoji surrogate pairs together', () => {
    const text = 'Shipped 🚀 in café';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.text)).toEqual(['Shipped', '🚀', 'in', 'café']);
  });

  it('handles right-to-left and other scripts as words', () => {
    const tokens = tokenize('שלום עולם مرحبا 123');
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'word', 'word', 'number']);
  });

  it('counts spoken words, not punctuation', () => {
    expect(countWords(tokenize('I led — and shipped — 3 things.'))).toBe(6);
  });
});

describe('token lookups by offset', () => {
  it('answer what a scan from the start answers, at every offset', () => {
    const text = 'Cut p99 from 900 ms to 250 ms — for 2M users (e.g. v2.1)!';
    const tokens = tokenize(text);
    for (let offset = -1; offset <= text.length + 1; offset++) {
      expect(firstTokenFrom(tokens, offset)).toBe(tokens.findIndex((t) => t.start >= offset));
      expect(tokenStartingAt(tokens, offset)).toBe(tokens.findIndex((t) => t.start === offset));
    }
    expect(firstTokenFrom([], 0)).toBe(-1);
  });
});

describe('known words', () => {
  it('read the same the first time and every time after, in any case', () => {
    // Words this file makes up, so the first reading is the first sight of them.
    const text = 'Zorblaxed the Quindle, then zorblaxed QUINDLE twice.';
    const first = tokenize(text).map((t) => [t.text, t.lower, t.kind]);
    const again = tokenize(text).map((t) => [t.text, t.lower, t.kind]);
    expect(again).toEqual(first);
    expect(first.filter((t) => t[2] === 'word').map((t) => t[1])).toEqual([
      'zorblaxed',
      'the',
      'quindle',
      'then',
      'zorblaxed',
      'quindle',
      'twice',
    ]);
    expect(first[2][0]).toBe('Quindle');
    expect(first[6][0]).toBe('QUINDLE');
  });
});
