import { describe, expect, it } from 'vitest';
import { quoteAround, quotesFor } from '../../../renderer/src/views/loops/job-focus/quote-around';

const at = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length };
};
const plain = (q: { parts: { text: string; mark: boolean }[] }) =>
  q.parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('job description quotes', () => {
  const text = 'About us\n- You will own the ranking models end to end, from data to production.\n- Python';

  it('quotes the phrase inside its own line, never the next bullet', () => {
    const q = quoteAround(text, [at(text, 'own')], 200);
    expect(plain(q)).toBe('You will [own] the ranking models end to end, from data to production.');
    expect([q.cutStart, q.cutEnd]).toEqual([false, false]);
  });

  it('cuts a long line at word boundaries and says so', () => {
    const q = quoteAround(text, [at(text, 'end to end')], 12);
    expect(plain(q)).toBe('models [end to end], from data');
    expect([q.cutStart, q.cutEnd]).toEqual([true, true]);
  });

  it('marks two phrases of one line in one quote, and quotes other lines apart', () => {
    const quotes = quotesFor(text, [at(text, 'end to end'), at(text, 'Python'), at(text, 'own')], 200);
    expect(quotes.map(plain)).toEqual([
      'You will [own] the ranking models [end to end], from data to production.',
      '[Python]',
    ]);
  });
});
