// The floors for job-description extraction on the hand-labeled postings (npm run eval:jobs prints the figures).
import { describe, expect, it } from 'vitest';
import { presetFramework } from '#shared/competencies/index';
import { scoreJobFocus } from '#shared/competencies/job-focus/evaluate-focus';
import { loadLabeledJobs } from '../../../scripts/job-descriptions';

// Floors at the figures reached (they only go up): precision and recall per framework and set, in all and on
// the later batches of postings (21-38 in the shapes real ads take, 39-48 with their hard negatives, 49-56
// written after the rules and all aside, spent in session 18), whose aside rows were never tuned on; and batch 5
// (57-66, written from batch 4's kinds of error, half aside); batch 6 (67-72, written after session 18's rules, all
// aside, tuning since session 19 read its errors); batch 7 (73-80, written in session 19 after those errors, half
// aside); batch 8 (81-90, written in session 20 in new ad shapes, half aside). Batch 7's aside half was read in
// session 20 (ERROR-KINDS-S20.md): its floor still holds, but it no longer tells whether a rule generalizes. Batch 9
// (91-98, written after session 20's first rules and labeled before their first run, half aside); batch 10 (99-106,
// written in session 21 in new shapes and labeled before that session's rules, half aside); batch 11 (107-114, written
// in session 22 in new shapes and labeled before that session's rules, half aside); batch 12 (115-124, written in
// session 23, exports that wrap the ad and ads outside software, labeled before that session's rules, half aside); batch
// 13 (125-134, written in session 24 in new shapes and fields, labeled before any code ran on it, half aside); batch 14
// (135-144, written in session 25 in new shapes and fields, labeled before any code ran on it, half aside); batch 15
// (145-152, written in session 26 in layouts the sets lacked, labeled before any code ran on it, half aside); batch 16
// (153-160, written in session 29 in the shapes of fresh-jobs-11's misses, labeled before any code ran on it, half aside).
type SetName =
  | 'tuning'
  | 'aside b1-3'
  | 'aside b2'
  | 'aside b3'
  | 'aside b4'
  | 'tuning b5'
  | 'aside b5'
  | 'tuning b6'
  | 'tuning b7'
  | 'aside b7'
  | 'tuning b8'
  | 'aside b8'
  | 'tuning b9'
  | 'aside b9'
  | 'tuning b10'
  | 'aside b10'
  | 'tuning b11'
  | 'aside b11'
  | 'tuning b12'
  | 'aside b12'
  | 'tuning b13'
  | 'aside b13'
  | 'tuning b14'
  | 'aside b14'
  | 'tuning b15'
  | 'aside b15'
  | 'tuning b16'
  | 'aside b16';
const FLOORS: Record<string, Record<SetName, { precision: number; recall: number }>> = {
  'senior-ml-engineer': {
    tuning: { precision: 0.99, recall: 0.98 },
    'aside b1-3': { precision: 0.95, recall: 0.94 },
    'aside b2': { precision: 0.93, recall: 0.93 },
    'aside b3': { precision: 0.93, recall: 0.88 },
    'aside b4': { precision: 1, recall: 1 },
    'tuning b5': { precision: 1, recall: 1 },
    'aside b5': { precision: 0.95, recall: 0.85 },
    'tuning b6': { precision: 1, recall: 1 },
    'tuning b7': { precision: 1, recall: 1 },
    'aside b7': { precision: 1, recall: 0.8 },
    'tuning b8': { precision: 1, recall: 1 },
    'aside b8': { precision: 0.9, recall: 0.93 },
    'tuning b9': { precision: 1, recall: 0.88 },
    'aside b9': { precision: 1, recall: 0.86 },
    'tuning b10': { precision: 0.94, recall: 0.9 },
    'aside b10': { precision: 0.94, recall: 0.75 },
    'tuning b11': { precision: 1, recall: 0.85 },
    'aside b11': { precision: 0.8, recall: 0.34 },
    'tuning b12': { precision: 1, recall: 0.96 },
    'aside b12': { precision: 1, recall: 0.65 },
    'tuning b13': { precision: 1, recall: 0.92 },
    'aside b13': { precision: 1, recall: 0.53 },
    'tuning b14': { precision: 0.96, recall: 0.87 },
    'aside b14': { precision: 0.84, recall: 0.61 },
    'tuning b15': { precision: 0.7, recall: 0.6 },
    'aside b15': { precision: 0.84, recall: 0.84 },
    'tuning b16': { precision: 1, recall: 0.7 },
    'aside b16': { precision: 0.86, recall: 0.72 },
  },
  'generic-senior-staff': {
    tuning: { precision: 0.99, recall: 0.97 },
    'aside b1-3': { precision: 0.94, recall: 0.94 },
    'aside b2': { precision: 0.91, recall: 0.93 },
    'aside b3': { precision: 0.93, recall: 0.88 },
    'aside b4': { precision: 1, recall: 0.97 },
    'tuning b5': { precision: 1, recall: 1 },
    'aside b5': { precision: 0.96, recall: 0.85 },
    'tuning b6': { precision: 1, recall: 0.97 },
    'tuning b7': { precision: 1, recall: 1 },
    'aside b7': { precision: 1, recall: 0.79 },
    'tuning b8': { precision: 1, recall: 1 },
    'aside b8': { precision: 0.88, recall: 0.91 },
    'tuning b9': { precision: 0.96, recall: 0.85 },
    'aside b9': { precision: 1, recall: 0.84 },
    'tuning b10': { precision: 0.95, recall: 0.86 },
    'aside b10': { precision: 0.9, recall: 0.64 },
    'tuning b11': { precision: 1, recall: 0.86 },
    'aside b11': { precision: 0.72, recall: 0.32 },
    'tuning b12': { precision: 0.94, recall: 0.94 },
    'aside b12': { precision: 1, recall: 0.57 },
    'tuning b13': { precision: 1, recall: 0.93 },
    'aside b13': { precision: 1, recall: 0.52 },
    'tuning b14': { precision: 0.93, recall: 0.74 },
    'aside b14': { precision: 0.85, recall: 0.6 },
    'tuning b15': { precision: 0.72, recall: 0.61 },
    'aside b15': { precision: 0.84, recall: 0.8 },
    'tuning b16': { precision: 0.93, recall: 0.7 },
    'aside b16': { precision: 0.93, recall: 0.65 },
  },
};
const COUNTS: Record<SetName, number> = {
  tuning: 28,
  'aside b1-3': 20,
  'aside b2': 9,
  'aside b3': 5,
  'aside b4': 8,
  'tuning b5': 5,
  'aside b5': 5,
  'tuning b6': 6,
  'tuning b7': 4,
  'aside b7': 4,
  'tuning b8': 5,
  'aside b8': 5,
  'tuning b9': 4,
  'aside b9': 4,
  'tuning b10': 4,
  'aside b10': 4,
  'tuning b11': 4,
  'aside b11': 4,
  'tuning b12': 5,
  'aside b12': 5,
  'tuning b13': 5,
  'aside b13': 5,
  'tuning b14': 5,
  'aside b14': 5,
  'tuning b15': 4,
  'aside b15': 4,
  'tuning b16': 4,
  'aside b16': 4,
};
// The tuning floor is that of batches 1-3, the rows it was set on; later batches have floors of their own.
const jobsOf = (set: SetName, frameworkId: string) =>
  set === 'tuning'
    ? [1, 2, 3].flatMap((batch) => loadLabeledJobs('tuning', frameworkId, batch))
    : set === 'aside b1-3'
      ? [1, 2, 3].flatMap((batch) => loadLabeledJobs('aside', frameworkId, batch))
      : loadLabeledJobs(set.startsWith('tuning') ? 'tuning' : 'aside', frameworkId, Number(/\d+$/.exec(set)![0]));

describe.each(['senior-ml-engineer', 'generic-senior-staff'])('job focus on labeled postings (%s)', (frameworkId) => {
  it.each([
    'tuning',
    'aside b1-3',
    'aside b2',
    'aside b3',
    'aside b4',
    'tuning b5',
    'aside b5',
    'tuning b6',
    'tuning b7',
    'aside b7',
    'tuning b8',
    'aside b8',
    'tuning b9',
    'aside b9',
    'tuning b10',
    'aside b10',
    'tuning b11',
    'aside b11',
    'tuning b12',
    'aside b12',
    'tuning b13',
    'aside b13',
    'tuning b14',
    'aside b14',
    'tuning b15',
    'aside b15',
    'tuning b16',
    'aside b16',
  ] as const)('reaches precision and recall of the %s set above the floor', (set) => {
    const jobs = jobsOf(set, frameworkId);
    expect(jobs.length).toBe(COUNTS[set]);
    const score = scoreJobFocus(jobs, presetFramework(frameworkId)!);
    expect(score.precision).toBeGreaterThanOrEqual(FLOORS[frameworkId][set].precision);
    expect(score.recall).toBeGreaterThanOrEqual(FLOORS[frameworkId][set].recall);
  });
});

describe('scoreJobFocus', () => {
  it('counts true and false positives and misses per job', () => {
    const ml = presetFramework('senior-ml-engineer')!;
    const score = scoreJobFocus(
      [{ name: 'a', text: 'Mentor engineers. Resolve disagreements.', expected: ['ml.mentoring', 'ml.impact'] }],
      ml,
    );
    expect(score).toMatchObject({
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 1,
      precision: 0.5,
      recall: 0.5,
    });
    expect(score.misses).toEqual([{ name: 'a', missed: ['ml.impact'], extra: ['ml.conflict'] }]);
  });
});
