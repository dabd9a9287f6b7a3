// With no section, "we were" and an "-ing" verb tell what the team was doing when the story starts: the scene
// (RUBRIC-NOTES "Headerless stories": pure setup is context), as a Situation heading reads it. The writer's own
// "I was leading …" stays a claim (the corpus labels it one), and a smaller amount told is the change made.
// Spent fresh-15 f15-147 and fresh-23 f23-054 were read as claims. The sentences are written for this test.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

describe('what the team was doing, with no section', () => {
  it.each([
    'we were paying about £4k a month for an empty warehouse',
    'back then we were handling ~900 tickets a week with four agents',
    'We were running two CRMs side by side at the time.',
  ])('%s: no claim', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(false);
  });

  it.each([
    'I was leading the move to a single CRM.',
    'After the new rota we were sending far fewer agency shifts to the ward.',
    'we were paying about £4k a month, so I cancelled the lease',
  ])('%s: a claim', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(true);
  });

  it('reads the same words as the setting under a Situation heading too', () => {
    expect(sentenceFacts('We were running two CRMs side by side.', 'situation').isClaim).toBe(false);
  });
});
