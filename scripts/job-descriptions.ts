// Loads the hand-labeled job descriptions in tests/fixtures/job-descriptions (for eval:jobs and its test).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabeledJob } from '#shared/competencies/job-focus/evaluate-focus';

export const JOB_DESCRIPTIONS_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'tests',
  'fixtures',
  'job-descriptions',
);

interface LabelFile {
  jobs: ({ file: string; set: 'tuning' | 'aside'; batch?: number } & Record<string, unknown>)[];
}

/**
 * The labeled jobs of one set, labeled for `frameworkId`; with `batch`, only that batch of postings
 * (1: the first 20, written clean; 2: the second set, written in the shapes real ads take; 3: the third,
 * with the hard negatives real ads carry).
 */
export function loadLabeledJobs(set: 'tuning' | 'aside', frameworkId: string, batch?: number): LabeledJob[] {
  const labels = JSON.parse(readFileSync(join(JOB_DESCRIPTIONS_DIR, 'labels.json'), 'utf8')) as LabelFile;
  return labels.jobs
    .filter((j) => j.set === set && (batch === undefined || (j.batch ?? 1) === batch))
    .map((j) => {
      const expected = j[frameworkId];
      if (!Array.isArray(expected)) throw new Error(`${j.file} has no labels for ${frameworkId}.`);
      return {
        name: j.file,
        text: readFileSync(join(JOB_DESCRIPTIONS_DIR, j.file), 'utf8'),
        expected: expected as string[],
      };
    });
}
