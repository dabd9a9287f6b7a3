// A line of one word is a heading or a bare title ("* Work", "EXPERIENCE", "Keyholder"), no claim, even
// when the word is also a verb; a past form alone ("Promoted.") may still report the writer's act.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

describe('one-word lines', () => {
  it.each(['* Work', '- Support', 'VOLUNTEERING', 'Cashier'])('%s: no claim', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(false);
  });

  it('a past form alone stays a claim', () => {
    expect(sentenceFacts('Promoted.').isClaim).toBe(true);
  });
});
