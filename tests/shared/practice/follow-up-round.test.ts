// The follow-up round: two or three follow-ups of the story; follow-up answers leave the whole-answer
// schedule and pace figures alone.
import { describe, it, expect } from 'vitest';
import { followUps } from '#shared/analysis/index';
import { FOLLOW_UP_SECONDS, followUpRound } from '#shared/practice/follow-up-round';
import { ratedRehearsals } from '#shared/practice/scheduler';
import { storyProgress } from '#shared/practice/progress';
import type { Rehearsal } from '#shared/domain/schemas';

const STORY = {
  title: 'Fraud scoring under 50 ms',
  situation: 'Checkout had a hard latency budget of 50 ms, and our fraud model took 80 ms.',
  task: 'I owned the model.',
  action: 'I chose a smaller model over caching scores, because cached scores went stale.',
  result: 'We launched in two weeks and p99 latency fell from 80 ms to 35 ms.',
  reflection: '',
};

describe('followUpRound', () => {
  it('asks the first three follow-ups of the story, 45 seconds each', () => {
    expect(FOLLOW_UP_SECONDS).toBe(45);
    expect(followUpRound(STORY)).toEqual(followUps(STORY).slice(0, 3));
    expect(followUpRound(STORY)).toHaveLength(3);
  });

  it('has no round for a story with fewer than two follow-ups', () => {
    expect(
      followUpRound({ ...STORY, situation: '', task: '', action: 'I wrote code.', result: '', title: '' }),
    ).toEqual([]);
  });
});

describe('follow-up answers in the practice figures', () => {
  const at = (d: number) => new Date(Date.UTC(2025, 0, d, 9)).toISOString();
  const rehearsals: Rehearsal[] = [
    { id: 'r1', at: at(1), seconds: 110, rating: 4 },
    { id: 'r2', at: at(1), seconds: 40, rating: 2, followUp: true, questionText: 'How was that measured?' },
    { id: 'r3', at: at(2), seconds: 45, rating: 1, followUp: true },
  ];
  const now = new Date(Date.UTC(2025, 0, 5));

  it('do not move the spaced-repetition schedule', () => {
    expect(ratedRehearsals({ rehearsals }, now).map((r) => r.rating)).toEqual([4]);
  });

  it('do not count as whole answers in pace and progress', () => {
    const p = storyProgress({ rehearsals }, { min: 90, max: 120 }, now);
    expect(p.attempts.map((a) => a.seconds)).toEqual([110]);
  });
});
