// A question to prepare on the deep-dive sheet keeps its ask whole: its quote of the story gives way.
import { describe, expect, it } from 'vitest';
import { fitQuestion } from '#shared/projects/fit-question';
import { countLines } from '#shared/sheet/index';

const STYLE = { sizePt: 10 };
const QUESTION =
  'Prepare: On “I proposed a two-week shadow launch for the small merchants instead of a full rollout to everyone”: what alternatives did you consider, and why did this one win?';

describe('fitQuestion', () => {
  it('leaves a question that fits as it is', () => {
    const fit = fitQuestion(QUESTION, STYLE, 2000, 2);
    expect(fit).toEqual({ text: QUESTION, lines: 1, shortened: false });
  });

  it('shortens the quote inside its quotation marks, and keeps the whole ask', () => {
    const fit = fitQuestion(QUESTION, STYLE, 300, 2);
    expect(countLines(QUESTION, STYLE, 300)).toBeGreaterThan(2);
    expect(fit.shortened).toBe(true);
    expect(fit.lines).toBeLessThanOrEqual(2);
    expect(fit.text).toMatch(
      /^Prepare: On “I proposed a two-week [^”]*…”: what alternatives did you consider, and why did this one win\?$/,
    );
    // As much of the quote as fits: one more word would not.
    const words = fit.text.slice(fit.text.indexOf('“') + 1, fit.text.indexOf('…”')).split(' ').length;
    const longer =
      QUESTION.slice(0, QUESTION.indexOf('“') + 1) +
      QUESTION.slice(QUESTION.indexOf('“') + 1)
        .split(' ')
        .slice(0, words + 1)
        .join(' ') +
      '…' +
      QUESTION.slice(QUESTION.indexOf('”'));
    expect(countLines(longer, STYLE, 300)).toBeGreaterThan(2);
  });

  it('cuts the end as any line when even a three-word quote leaves the ask too long', () => {
    const fit = fitQuestion(QUESTION, STYLE, 300, 1);
    expect(fit.lines).toBe(1);
    expect(fit.text.endsWith('…')).toBe(true);
    expect(fit.text).not.toContain('why did this one win?');
  });

  it('cuts a question with no quote at its end', () => {
    const fit = fitQuestion(
      'Prepare: On Search ranking: which approaches did you rule out, and why did yours win?',
      STYLE,
      200,
      1,
    );
    expect(fit).toMatchObject({ lines: 1, shortened: true });
    expect(fit.text.endsWith('…')).toBe(true);
  });
});
