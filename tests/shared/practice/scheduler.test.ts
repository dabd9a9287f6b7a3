import { describe, expect, it } from 'vitest';
import { DAY_MS } from '#shared/practice/calendar';
import { fsrsGrade } from '#shared/practice/ratings';
import { recallProbability, storyMemory } from '#shared/practice/scheduler';
import { Rating } from 'ts-fsrs';
import { day, rehearsal, rehearsedStory } from './fixtures';
import { makeStory } from '../coverage/make-story';

// FSRS-6 default parameters as documented by ts-fsrs 5 (default_w), and the formulas from its docs,
// written out here independently so the tests check our use of the library, not the library against itself.
const W = [
  0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483,
  0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
];
const DECAY = -W[20];
const FACTOR = 0.9 ** (1 / DECAY) - 1;
const R = (t: number, s: number) => (1 + (FACTOR * t) / s) ** DECAY;
const D0 = (g: number) => W[4] - Math.exp((g - 1) * W[5]) + 1;
const S_recall = (d: number, s: number, r: number) =>
  s * (1 + Math.exp(W[8]) * (11 - d) * s ** -W[9] * (Math.exp((1 - r) * W[10]) - 1));
const S_forget = (d: number, s: number, r: number) =>
  W[11] * d ** -W[12] * ((s + 1) ** W[13] - 1) * Math.exp((1 - r) * W[14]);

/** Rehearses at each due date with the given ratings; returns the interval (days) after each. */
function intervalsAtDue(ratings: number[]): { intervals: number[]; stabilities: number[] } {
  let at = day(0);
  const history: [Date, number][] = [];
  const intervals: number[] = [];
  const stabilities: number[] = [];
  for (const rating of ratings) {
    history.push([at, rating]);
    const memory = storyMemory(rehearsedStory(history), at);
    intervals.push(Math.round((memory.dueAt.getTime() - at.getTime()) / DAY_MS));
    stabilities.push(memory.stability);
    at = memory.dueAt;
  }
  return { intervals, stabilities };
}

describe('self-rating → FSRS grade', () => {
  it('maps 1 Again, 2 Hard, 3 and 4 Good, 5 Easy', () => {
    expect([1, 2, 3, 4, 5].map((r) => fsrsGrade(r as 1 | 2 | 3 | 4 | 5))).toEqual([
      Rating.Again,
      Rating.Hard,
      Rating.Good,
      Rating.Good,
      Rating.Easy,
    ]);
  });
});

describe('the schedule of one story', () => {
  it('treats a story without rated rehearsals as new: due now, nothing remembered', () => {
    const now = day(10);
    for (const story of [makeStory(), rehearsedStory([[day(1), undefined]])]) {
      const m = storyMemory(story, now);
      expect(m).toMatchObject({ state: 'new', reviews: 0, retrievability: 0, stability: 0 });
      expect(m.dueAt).toEqual(now);
    }
  });

  it('schedules a first rating from the initial stabilities w0–w3', () => {
    // S0 = 0.212, 1.2931, 2.3065, 8.2956 days → rounded 0→1 (at least a day), 1, 2, 8; ts-fsrs then keeps
    // the grades' intervals strictly increasing (hard ≥ again+1, good ≥ hard+1), so Again 1, Hard 2, Good 3, Easy 8.
    const expected: Record<number, number> = { 1: 1, 2: 2, 3: 3, 4: 3, 5: 8 };
    for (const rating of [1, 2, 3, 4, 5]) {
      const m = storyMemory(rehearsedStory([[day(0), rating]]), day(0, 10));
      expect(Math.round((m.dueAt.getTime() - day(0).getTime()) / DAY_MS), `rating ${rating}`).toBe(expected[rating]);
      expect(m.stability).toBeCloseTo(W[fsrsGrade(rating as 1 | 2 | 3 | 4 | 5) - 1], 4);
      expect(m.difficulty).toBeCloseTo(Math.min(10, Math.max(1, D0(fsrsGrade(rating as 1 | 2 | 3 | 4 | 5)))), 4);
    }
  });

  it('computes the second interval from the recall-stability formula (Good, then Good on the due date)', () => {
    // After Good: S = 2.3065, D = D0(3) ≈ 2.118, due in 3 days. Three days on, R = R(3, 2.3065) ≈ 0.881,
    // and S' = S·(1 + e^w8·(11−D)·S^−w9·(e^(w10·(1−R))−1)) ≈ 13.83 → due in 14 days.
    const r = R(3, W[2]);
    expect(r).toBeCloseTo(0.8809, 4);
    const s2 = S_recall(D0(3), W[2], r);
    expect(s2).toBeCloseTo(13.83, 2);
    const m = storyMemory(
      rehearsedStory([
        [day(0), 3],
        [day(3), 4],
      ]),
      day(3, 10),
    );
    expect(m.stability).toBeCloseTo(s2, 2);
    expect(m.dueAt).toEqual(new Date(day(3).getTime() + 14 * DAY_MS));
  });

  it('pushes the due date out monotonically under repeated high ratings', () => {
    for (const rating of [4, 5]) {
      const { intervals, stabilities } = intervalsAtDue([rating, rating, rating, rating, rating]);
      for (let i = 1; i < intervals.length; i++) {
        expect(stabilities[i], `stability after ${i + 1} × ${rating}`).toBeGreaterThan(stabilities[i - 1]);
        // Strictly later each time until the 180-day cap, then held there.
        if (intervals[i] < 180)
          expect(intervals[i], `interval after ${i + 1} × ${rating}`).toBeGreaterThan(intervals[i - 1]);
        else expect(intervals[i]).toBe(180);
      }
    }
    // Pinned after checking the first two by hand above: 3 → 14 → 57 days for Good (S ≈ 2.31, 13.83, 56.96),
    // then the cap. Easy starts at 8 and grows faster (S ≈ 8.30 → 65.6: the easy bonus w16 ≈ 1.87).
    expect(intervalsAtDue([4, 4, 4, 4, 4]).intervals).toEqual([3, 14, 57, 180, 180]);
    expect(intervalsAtDue([5, 5, 5]).intervals).toEqual([8, 66, 180]);
  });

  it('brings a story back after a failure (1), with the forget-stability formula', () => {
    const before = intervalsAtDue([4, 4, 4]);
    const after = intervalsAtDue([4, 4, 4, 1]);
    const sBefore = before.stabilities[2];
    expect(sBefore).toBeCloseTo(56.96, 1);
    // Failing on the due date (57 days on): S_f = w11·D^−w12·((S+1)^w13 − 1)·e^(w14·(1−R)) ≈ 3.19 → 3 days.
    const d = 2.1043; // D after three Goods (mean reversion moves it only slightly from 2.118)
    const sf = S_forget(d, sBefore, R(57, sBefore));
    expect(after.stabilities[3]).toBeCloseTo(sf, 2);
    expect(after.intervals[3]).toBe(3);
    const m = storyMemory(
      rehearsedStory([
        [day(0), 4],
        [day(3), 4],
        [day(17), 4],
        [day(74), 1],
      ]),
      day(74, 10),
    );
    expect(m.lapses).toBe(1);
    expect(m.difficulty).toBeGreaterThan(7); // a failure makes the story much "harder"
    // And good ratings after the lapse grow the interval again, more slowly than the first time.
    expect(intervalsAtDue([4, 4, 4, 1, 4, 4]).intervals.slice(3)).toEqual([3, 8, 19]);
  });

  it('does not count cramming: a second good rating the same day leaves stability unchanged', () => {
    const once = storyMemory(rehearsedStory([[day(0, 9), 4]]), day(0, 12));
    const twice = storyMemory(
      rehearsedStory([
        [day(0, 9), 4],
        [day(0, 11), 4],
      ]),
      day(0, 12),
    );
    expect(twice.stability).toBeCloseTo(once.stability, 6);
    expect(twice.reviews).toBe(2);
  });

  it('replays the log in time order, ignoring unrated and future entries', () => {
    const ordered = rehearsedStory([
      [day(0), 4],
      [day(3), 4],
      [day(5), undefined],
    ]);
    const shuffled = {
      ...ordered,
      rehearsals: [ordered.rehearsals[2], ordered.rehearsals[1], ordered.rehearsals[0], rehearsal(day(40), 1)],
    };
    expect(storyMemory(shuffled, day(6))).toEqual(storyMemory(ordered, day(6)));
    expect(storyMemory(shuffled, day(6)).reviews).toBe(2);
  });

  it('reports retrievability on the FSRS-6 forgetting curve: 1 just after, 0.9 at S days, lower later', () => {
    const story = rehearsedStory([[day(0), 3]]);
    expect(storyMemory(story, day(0)).retrievability).toBeCloseTo(1, 6);
    expect(recallProbability(W[2], W[2])).toBeCloseTo(0.9, 6);
    expect(storyMemory(story, day(3)).retrievability).toBeCloseTo(R(3, W[2]), 6);
    expect(storyMemory(story, day(30)).retrievability).toBeCloseTo(R(30, W[2]), 6);
    expect(storyMemory(story, day(30)).overdueDays).toBeCloseTo(27, 6);
  });
});
