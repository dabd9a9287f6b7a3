// The floors for job-description extraction on the hand-labeled postings (npm run eval:jobs prints the figures).
import { describe, expect, it } from 'vitest';
import { presetFramework } from '#shared/competencies/index';
import { scoreJobFocus } from '#shared/competencies/job-focus/evaluate-focus';
import { loadLabeledJobs } from '../../../scripts/job-descriptions';

// Floors at the figures reached (they only go up): precision and recall per framework and set, in all and on
// the second batch of postings (21-38, written in the shapes real ads take; its aside half never tuned on).
const FLOORS: Record<string, Record<'tuning' | 'aside' | 'aside b2', { precision: number; recall: number }>> = {
  'senior-ml-engineer': {
    tuning: { precision: 0.99, recall: 0.98 },
    aside: { precision: 0.92, recall: 0.91 },
    'aside b2': { precision: 0.9, recall: 0.86 },
  },
  'generic-senior-staff': {
    tuning: { precision: 0.99, recall: 0.96 },
    aside: { precision: 0.91, recall: 0.89 },
    'aside b2': { precision: 0.88, recall: 0.83 },
  },
};
const COUNTS = { tuning: 23, aside: 15, 'aside b2': 9 };

describe.each(['senior-ml-engineer', 'generic-senior-staff'])('job focus on labeled postings (%s)', (frameworkId) => {
  it.each(['tuning', 'aside', 'aside b2'] as const)(
    'reaches precision and recall of the %s set above the floor',
    (set) => {
      const jobs = set === 'aside b2' ? loadLabeledJobs('aside', frameworkId, 2) : loadLabeledJobs(set, frameworkId);
      expect(jobs.length).toBe(COUNTS[set]);
      const score = scoreJobFocus(jobs, presetFramework(frameworkId)!);
      expect(score.precision).toBeGreaterThanOrEqual(FLOORS[frameworkId][set].precision);
      expect(score.recall).toBeGreaterThanOrEqual(FLOORS[frameworkId][set].recall);
    },
  );
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
