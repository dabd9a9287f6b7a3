// A loop's progress is counted one way: a round logged as done is done (not "planned"), and "planned"
// counts only the rounds still ahead that have their stories.
import { describe, expect, it } from 'vitest';
import type { InterviewEntry } from '#shared/domain/schemas';
import { roundProgress, roundProgressWords } from '#shared/loops/round-progress';
import { makeLoop } from './make-loop';

const logged = (loopId: string, roundId: string): InterviewEntry => ({
  id: `iv_${roundId}`,
  loopId,
  roundId,
  company: 'Acme',
  role: 'Staff MLE',
  roundName: 'Phone screen',
  date: '2025-03-02',
  questions: [],
  stories: [],
  outcome: 'passed',
  notes: '',
  createdAt: '2025-03-02T00:00:00.000Z',
  updatedAt: '2025-03-02T00:00:00.000Z',
});

describe('round progress', () => {
  const loop = makeLoop([
    { focus: [], storyIds: ['story_a'] },
    { focus: [], storyIds: ['story_b'] },
    { focus: [] },
    { focus: [] },
  ]);

  it('counts a round logged as done as done, not as planned', () => {
    const progress = roundProgress(loop, [logged(loop.id, 'round_r0')]);
    expect(progress).toEqual({ total: 4, done: 1, ahead: 3, prepared: 1 });
    expect(roundProgressWords(progress)).toBe('4 rounds · 1 done · 1 of 3 planned');
  });

  it('counts a done round with no story as done, and ignores entries of other loops', () => {
    const progress = roundProgress(loop, [logged(loop.id, 'round_r2'), logged('loop_other', 'round_r1')]);
    expect(progress).toEqual({ total: 4, done: 1, ahead: 3, prepared: 2 });
  });

  it('says what is planned before any round is done, and when every round is', () => {
    expect(roundProgressWords(roundProgress(loop, []))).toBe('4 rounds · 2 of 4 planned');
    const all = loop.rounds.map((r) => logged(loop.id, r.id));
    expect(roundProgressWords(roundProgress(loop, all))).toBe('4 rounds · all done');
    expect(roundProgressWords(roundProgress(makeLoop([]), []))).toBe('No rounds yet');
  });
});
