// The lines `npm run eval:jobs` prints: precision and recall of job-description extraction per preset framework.
import { presetFramework } from '#shared/competencies/index';
import { scoreJobFocus, type FocusScore } from '#shared/competencies/job-focus/evaluate-focus';
import { labeledSetsIn, loadLabeledJobs, type JobSet } from './job-descriptions';

export const JOB_EVAL_FRAMEWORKS = ['senior-ml-engineer', 'generic-senior-staff'] as const;

/** The sets and batches reported for the project's own postings: each set in all, then per batch. */
const DEFAULT_ROWS: readonly (readonly [JobSet, number | undefined])[] = [
  ['tuning', undefined],
  ['aside', undefined],
  ['tuning', 1],
  ['aside', 1],
  ['tuning', 2],
  ['aside', 2],
  ['tuning', 3],
  ['aside', 3],
  ['aside', 4],
  ['tuning', 5],
  ['aside', 5],
  ['tuning', 6],
  ['tuning', 7],
  ['aside', 7],
  ['tuning', 8],
  ['aside', 8],
  ['tuning', 9],
  ['aside', 9],
  ['tuning', 10],
  ['aside', 10],
  ['tuning', 11],
  ['aside', 11],
  ['tuning', 12],
  ['aside', 12],
  ['tuning', 13],
  ['aside', 13],
  ['tuning', 14],
  ['aside', 14],
  ['tuning', 15],
  ['aside', 15],
  ['tuning', 16],
  ['aside', 16],
];

export interface JobEvalOptions {
  /** A folder with its own labels.json; each set it holds is scored in all. Default: the project's postings. */
  dir?: string;
  /** List what each tuning job got wrong. Never for aside or fresh jobs. */
  showMisses?: boolean;
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + '%';

function figures(name: string, score: FocusScore): string {
  return `  ${name.padEnd(9)} ${String(score.jobs).padStart(2)} jobs  precision ${pct(score.precision)}  recall ${pct(score.recall)}  F1 ${pct(score.f1)}  (tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives})`;
}

/** The report, one line an entry: figures per framework and set, and the tuning misses when asked for. */
export function jobEvalReport(options: JobEvalOptions = {}): string[] {
  const rows = options.dir ? labeledSetsIn(options.dir).map((set) => [set, undefined] as const) : DEFAULT_ROWS;
  const lines: string[] = [];
  for (const frameworkId of JOB_EVAL_FRAMEWORKS) {
    const framework = presetFramework(frameworkId);
    if (!framework) throw new Error(`No preset ${frameworkId}.`);
    lines.push('', framework.name);
    for (const [set, batch] of rows) {
      const score = scoreJobFocus(loadLabeledJobs(set, frameworkId, batch, options.dir), framework);
      lines.push(figures(`${set}${batch === undefined ? '' : ` b${batch}`}`, score));
      if (options.showMisses && set === 'tuning' && batch === undefined)
        for (const m of score.misses)
          lines.push(`      ${m.name}: missed [${m.missed.join(', ')}] extra [${m.extra.join(', ')}]`);
    }
  }
  return lines;
}
