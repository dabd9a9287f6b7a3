// Loads hand-labeled job descriptions: those in tests/fixtures/job-descriptions (for eval:jobs and its test), or
// those of another folder holding a labels.json in the same format (eval:jobs --dir).
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

/** Tuning: rules are written from it; aside: kept for checking; fresh: a final check, scored for figures only. */
export const JOB_SETS = ['tuning', 'aside', 'fresh'] as const;
export type JobSet = (typeof JOB_SETS)[number];

interface LabelFile {
  jobs: ({ file: string; set: JobSet; batch?: number } & Record<string, unknown>)[];
}

function readLabels(dir: string): LabelFile {
  return JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as LabelFile;
}

/** The sets the labels.json of `dir` holds jobs of, in the order of JOB_SETS. */
export function labeledSetsIn(dir: string): JobSet[] {
  const present = new Set(readLabels(dir).jobs.map((j) => j.set));
  return JOB_SETS.filter((s) => present.has(s));
}

/**
 * The labeled jobs of one set, labeled for `frameworkId`; with `batch`, only that batch of postings
 * (1: the first 20, written clean; 2: the second set, written in the shapes real ads take; 3: the third,
 * with the hard negatives real ads carry; 4: written after the rules, all aside, spent in session 18; 5: written
 * from batch 4's kinds of error, half aside; 6: written after session 18's rules, tuning since session 19; 7:
 * written in session 19 in new ad shapes, half aside; later batches up to 16 are described in RUBRIC.md). `dir` is the folder of the labels.json (file names are
 * relative to it); the project's labeled postings by default.
 */
export function loadLabeledJobs(
  set: JobSet,
  frameworkId: string,
  batch?: number,
  dir: string = JOB_DESCRIPTIONS_DIR,
): LabeledJob[] {
  return readLabels(dir)
    .jobs.filter((j) => j.set === set && (batch === undefined || (j.batch ?? 1) === batch))
    .map((j) => {
      const expected = j[frameworkId];
      if (!Array.isArray(expected)) throw new Error(`${j.file} has no labels for ${frameworkId}.`);
      return {
        name: j.file,
        text: readFileSync(join(dir, j.file), 'utf8'),
        expected: expected as string[],
      };
    });
}
