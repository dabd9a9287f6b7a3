import { describe, expect, it } from 'vitest';
import { countLines, ELLIPSIS, fitToLines, shortenToChars } from '#shared/sheet/text-fit';
import { textWidth } from '#shared/sheet/text-measure';

const style = { sizePt: 10 };

describe('textWidth', () => {
  it('uses Arial advance widths (Liberation Sans): "i" is narrow, "W" is wide, digits are equal', () => {
    expect(textWidth('iiii', style)).toBeLessThan(textWidth('WW', style));
    expect(textWidth('0', style)).toBeCloseTo(textWidth('9', style));
    // 10 pt "0" is 5.56 pt in Arial; the estimate adds a small safety margin, never less.
    expect(textWidth('0', style)).toBeGreaterThanOrEqual(5.56);
    expect(textWidth('0', style)).toBeLessThan(5.56 * 1.06);
  });

  it('is conservative for scripts outside the table: CJK one em, emoji wider', () => {
    expect(textWidth('東', style)).toBeGreaterThanOrEqual(10);
    expect(textWidth('🚀', style)).toBeGreaterThan(10);
    expect(textWidth('e\u0301', style)).toBeCloseTo(textWidth('e', style)); // combining accent adds nothing
  });
});

describe('fitToLines', () => {
  const sentence =
    'I profiled the serving path and found that most of the time went to feature fetches from the store.';

  it('keeps text that fits unchanged', () => {
    const fit = fitToLines('Short cue.', style, 300, 1);
    expect(fit).toEqual({ text: 'Short cue.', lines: 1, shortened: false });
  });

  it('cuts at a word boundary, ends with an ellipsis and stays within the lines', () => {
    for (const width of [80, 120, 200, 260]) {
      for (const maxLines of [1, 2, 3]) {
        const fit = fitToLines(sentence, style, width, maxLines);
        if (!fit.shortened) continue;
        expect(fit.text.endsWith(ELLIPSIS)).toBe(true);
        const kept = fit.text.slice(0, -1);
        expect(sentence.startsWith(kept)).toBe(true);
        expect([' ', ',', '.']).toContain(sentence[kept.length]); // cut between words
        expect(countLines(fit.text, style, width)).toBeLessThanOrEqual(maxLines);
        expect(fit.lines).toBeLessThanOrEqual(maxLines);
      }
    }
  });

  it('drops trailing commas before the ellipsis', () => {
    const fit = fitToLines(
      'Alpha beta, gamma delta epsilon zeta eta theta',
      style,
      textWidth('Alpha beta, gam', style),
      1,
    );
    expect(fit.text).toBe(`Alpha beta${ELLIPSIS}`);
  });

  it('breaks a 300-character word between characters, as a word processor does', () => {
    const word = 'x'.repeat(300);
    expect(countLines(word, style, 100)).toBeGreaterThan(5);
    const fit = fitToLines(`See ${word} here`, style, 100, 2);
    expect(fit.shortened).toBe(true);
    expect(fit.text.length).toBeGreaterThan(20); // not just "See…": a mostly empty cue helps nobody
    expect(countLines(fit.text, style, 100)).toBeLessThanOrEqual(2);
  });

  it('treats line breaks as spaces but keeps deliberate wide separators', () => {
    expect(fitToLines('one\ntwo', style, 300, 1).text).toBe('one two');
    expect(fitToLines('4%  ·  5%', style, 300, 1).text).toBe('4%  ·  5%');
    expect(countLines('a  ·  b', style, textWidth('a · b', style) + 0.1)).toBe(2);
  });

  it('gives zero lines to empty text', () => {
    expect(fitToLines('   ', style, 100, 3)).toEqual({ text: '', lines: 0, shortened: false });
  });
});

describe('shortenToChars', () => {
  it('cuts at a word and keeps a word that ends exactly at the limit', () => {
    expect(shortenToChars('Influence without authority', 22)).toBe(`Influence without${ELLIPSIS}`);
    expect(shortenToChars('Mentoring and growing others', 22)).toBe(`Mentoring and growing${ELLIPSIS}`);
    expect(shortenToChars('Ownership', 22)).toBe('Ownership');
  });
});
