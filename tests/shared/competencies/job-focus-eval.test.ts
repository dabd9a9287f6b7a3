// The floors for job-description extraction on the hand-labeled postings (npm run eval:jobs prints the figures).
import { describe, expect, it } from 'vitest';
import { presetFramework } from '#shared/competencies/index';
import { scoreJobFocus } from '#shared/competencies/job-focus/evaluate-focus';
import { loadLabeledJobs } from '../../../scripts/job-descriptions';

const FLOOR = 0.85;

describe.each(['senior-ml-engineer', 'generic-senior-staff'])('job focus on labeled postings (%s)', (frameworkId) => {
  it.each(['tuning', 'aside'] as const)('reaches precision and recall of %s set above the floor', (set) => {
    const jobs = loadLabeledJobs(set, frameworkId);
    expect(jobs.length).toBe(set === 'tuning' ? 14 : 6);
    const score = scoreJobFocus(jobs, presetFramework(frameworkId)!);
    expect(score.precision).toBeGreaterThanOrEqual(FLOOR);
    expect(score.recall).toBeGreaterThanOrEqual(FLOOR);
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
