// The attempt log judges a whole telling against the target band, and a follow-up answer against its
// own 45 seconds: a 20-second follow-up answer is not "short".
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AttemptLog, attemptCount } from '../../../renderer/src/views/practice/drill/AttemptLog';
import type { Story } from '#shared/domain/schemas';

const story = {
  id: 'story_log',
  title: 'Caught silent drift in the fraud model',
  rehearsals: [
    { id: 'r1', at: '2026-12-04T20:01:00.000Z', seconds: 100, rating: 4, questionText: 'Tell me about a failure.' },
    {
      id: 'r2',
      at: '2026-12-04T20:02:00.000Z',
      seconds: 20,
      rating: 3,
      questionText: 'How was that measured?',
      followUp: true,
    },
    {
      id: 'r3',
      at: '2026-12-04T20:03:00.000Z',
      seconds: 45,
      rating: 2,
      questionText: 'Who had to agree?',
      followUp: true,
    },
    { id: 'r4', at: '2026-12-04T20:04:00.000Z', seconds: 50, questionText: 'Tell me about a launch.' },
  ],
} as unknown as Story;

describe('AttemptLog', () => {
  it('says "follow-up" beside follow-up answers, and keeps the target verdict for whole tellings', () => {
    render(<AttemptLog story={story} target={{ min: 90, max: 120 }} />);
    const items = screen.getAllByRole('listitem').map((li) => li.querySelector('.log-time')!.textContent);
    // Newest first.
    expect(items).toEqual(['0:50 short', '0:45 follow-up, time ran out', '0:20 follow-up', '1:40 on target']);
  });

  it('counts whole tellings as attempts and follow-up answers apart', () => {
    render(<AttemptLog story={story} target={{ min: 90, max: 120 }} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/2 attempts · 2 follow-up answers$/);
    expect(attemptCount(story.rehearsals.slice(0, 2))).toBe('1 attempt · 1 follow-up answer');
    expect(attemptCount(story.rehearsals.slice(0, 1))).toBe('1 attempt');
    expect(attemptCount([])).toBe('0 attempts');
  });
});
