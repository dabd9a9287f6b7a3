import { describe, expect, it } from 'vitest';
import { competencyRecency, paceOf, practiceSessions, sessionsPerWeek, storyProgress } from '#shared/practice/progress';
import { day, makeStory, rehearsal } from './fixtures';

const TARGET = { min: 90, max: 120 };

describe('pace against the target', () => {
  it('calls an answer short, on target, long, or overtime past three minutes', () => {
    expect([60, 90, 120, 121, 180, 181].map((s) => paceOf(s, TARGET))).toEqual([
      'short',
      'on-target',
      'on-target',
      'long',
      'long',
      'overtime',
    ]);
  });
});

describe('a story’s progress', () => {
  it('lists attempts oldest first with median duration, share on target and average rating', () => {
    const story = makeStory({
      rehearsals: [
        rehearsal(day(3), 4, 110),
        rehearsal(day(1), 2, 200),
        rehearsal(day(2), undefined, 95),
        rehearsal(day(9), 5, 100),
      ],
    });
    const p = storyProgress(story, TARGET, day(5));
    expect(p.attempts.map((a) => a.seconds)).toEqual([200, 95, 110]); // the day-9 attempt is after `now`
    expect(p.medianSeconds).toBe(110);
    expect(p.onTargetShare).toBeCloseTo(2 / 3, 6);
    expect(p.averageRating).toBe(3);
    expect(p.last?.pace).toBe('on-target');
    expect(storyProgress(makeStory(), TARGET, day(5))).toMatchObject({
      count: 0,
      onTargetShare: undefined,
      medianSeconds: undefined,
    });
  });
});

describe('practice sessions', () => {
  it('groups attempts across stories with pauses under 30 minutes into one session', () => {
    const a = makeStory({ rehearsals: [rehearsal(day(0, 9, 0), 3, 120), rehearsal(day(0, 9, 40), 3, 120)] });
    // 09:02 + 120 s ends 09:04; 09:20 is 16 minutes later (same session); 09:40 after 09:22 → 18 min (same).
    const b = makeStory({
      rehearsals: [rehearsal(day(0, 9, 20), 4, 120), rehearsal(day(0, 11, 0), 4, 90), rehearsal(day(7, 20, 0), 5, 90)],
    });
    const sessions = practiceSessions([a, b], day(8));
    expect(sessions.map((s) => s.attempts)).toEqual([3, 1, 1]);
    expect(sessions[0].start).toEqual(day(0, 9, 0));
  });

  it('counts sessions per Monday-based week, including empty weeks', () => {
    // day(0) = Wed Jan 1, 2025; day(5) = Mon Jan 6; day(19) = Mon Jan 20; now = day(20).
    const s = makeStory({
      rehearsals: [
        rehearsal(day(0), 3),
        rehearsal(day(4, 18), 3),
        rehearsal(day(5), 3),
        rehearsal(day(19), 4),
        rehearsal(day(19, 15), 4),
      ],
    });
    const weeks = sessionsPerWeek(practiceSessions([s], day(20)), day(20), 4);
    expect(weeks.map((w) => w.weekStart)).toEqual([day(-2, 0), day(5, 0), day(12, 0), day(19, 0)]);
    expect(weeks.map((w) => w.sessions)).toEqual([2, 1, 0, 2]);
  });
});

describe('competencies rehearsed recently', () => {
  it('counts attempts in the last 14 days per competency and keeps the untouched ones at zero', () => {
    const a = makeStory({
      competencies: ['ml.ownership', 'ml.impact'],
      rehearsals: [rehearsal(day(10), 3), rehearsal(day(20), 4)],
    });
    const b = makeStory({ competencies: ['ml.impact'], rehearsals: [rehearsal(day(2), 3)] }); // too old
    const recency = competencyRecency([a, b], ['ml.leadership', 'ml.ownership', 'ml.impact'], day(21));
    expect(recency.map((r) => [r.id, r.attempts])).toEqual([
      ['ml.ownership', 2],
      ['ml.impact', 2],
      ['ml.leadership', 0],
    ]);
    expect(recency[0].lastAt).toEqual(day(20));
  });
});
