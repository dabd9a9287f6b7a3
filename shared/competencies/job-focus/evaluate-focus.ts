// Precision and recall of extractJobFocus against job descriptions labeled by hand (micro-averaged
// over every job: a competency predicted and labeled is a true positive, and so on).
import type { Framework } from '../../domain/schemas';
import { extractJobFocus } from './extract-job-focus';

export interface LabeledJob {
  name: string;
  text: string;
  /** The competencies a careful recruiter picked, in the framework being scored. */
  expected: readonly string[];
}

export interface JobMiss {
  name: string;
  missed: string[];
  extra: string[];
}

export interface FocusScore {
  jobs: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  misses: JobMiss[];
}

export function scoreJobFocus(jobs: readonly LabeledJob[], framework: Framework): FocusScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: JobMiss[] = [];
  for (const job of jobs) {
    const predicted = new Set(extractJobFocus(job.text, framework).competencies.map((c) => c.id));
    const expected = new Set(job.expected);
    const missed = [...expected].filter((id) => !predicted.has(id));
    const extra = [...predicted].filter((id) => !expected.has(id));
    tp += expected.size - missed.length;
    fp += extra.length;
    fn += missed.length;
    if (missed.length + extra.length > 0) misses.push({ name: job.name, missed, extra });
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    jobs: jobs.length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision,
    recall,
    f1,
    misses,
  };
}
