// eval:jobs --dir: the jobs of another folder's labels.json are scored, and a fresh set prints figures only.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { labeledSetsIn, loadLabeledJobs } from '../../scripts/job-descriptions';
import { jobEvalReport } from '../../scripts/job-eval-report';

// Two postings written for this test, labeled wrong on purpose so each scores a miss.
const dir = mkdtempSync(join(tmpdir(), 'storybank-jobs-'));
const posting =
  'Senior Machine Learning Engineer\nYou will mentor junior engineers, own the ranking models end to end, ' +
  'and work with product and data teams to ship experiments.\n';
const labels = (set: string) => ({
  file: `${set}-posting.txt`,
  set,
  'senior-ml-engineer': ['ml.communication'],
  'generic-senior-staff': ['generic.communication'],
});
writeFileSync(join(dir, 'tuning-posting.txt'), posting);
writeFileSync(join(dir, 'fresh-posting.txt'), posting);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('eval:jobs on another folder', () => {
  it('loads the folder’s jobs with file names relative to it', () => {
    writeFileSync(join(dir, 'labels.json'), JSON.stringify({ jobs: [labels('fresh')] }));
    expect(labeledSetsIn(dir)).toEqual(['fresh']);
    expect(loadLabeledJobs('fresh', 'senior-ml-engineer', undefined, dir)).toEqual([
      { name: 'fresh-posting.txt', text: posting, expected: ['ml.communication'] },
    ]);
  });

  it('prints figures only for a fresh set, even when misses are asked for', () => {
    writeFileSync(join(dir, 'labels.json'), JSON.stringify({ jobs: [labels('fresh')] }));
    const lines = jobEvalReport({ dir, showMisses: true });
    const figures = lines.filter((l) => /^ {2}fresh +1 jobs {2}precision/.test(l));
    expect(figures).toHaveLength(2);
    expect(lines.join('\n')).not.toMatch(/posting\.txt|missed|extra/);
    expect(lines.some((l) => /^ {2}(tuning|aside)/.test(l))).toBe(false);
  });

  it('lists misses of tuning jobs only', () => {
    writeFileSync(join(dir, 'labels.json'), JSON.stringify({ jobs: [labels('tuning'), labels('fresh')] }));
    const lines = jobEvalReport({ dir, showMisses: true });
    expect(lines.filter((l) => l.includes('tuning-posting.txt: missed'))).toHaveLength(2);
    expect(lines.join('\n')).not.toContain('fresh-posting.txt');
  });
});
