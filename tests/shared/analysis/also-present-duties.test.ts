// "Also I make the rota", "also i call the depot every morning": "also" before "I" adds a duty to the ones
// told before, a step of the writer's work like "and I …" (RUBRIC-NOTES role lines: an activity verb is a
// claim). A view ("Also I think …"), a wish ("Also I hope to …") and the job held in a Situation stay none.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

describe('"also I" + a present verb', () => {
  it.each([
    'Also I order the stock and cash up the tills.',
    'also i ring the depot every morning to confirm the slots',
  ])('%s: a claim', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(true);
  });

  it.each(['Also I think the rota was too rigid.', 'Also I hope to move into a planning role.'])(
    '%s: no claim',
    (text) => {
      expect(sentenceFacts(text).isClaim).toBe(false);
    },
  );

  it('the job held in a Situation stays context', () => {
    expect(sentenceFacts('Also I run the front desk on Saturdays.', 'situation').isClaim).toBe(false);
  });
});
