// `eval:jobs --writers`: job-focus figures per blind writer. Each spent set fresh-jobs-N was written by a different
// engineer who never read the rules, so each is one writer; a change is judged by how many writers it helps and
// whether any loses precision (leave-one-writer-out), not by one pooled figure. `--save` keeps the figures, and
// `--compare` prints before → after against a saved run. Figures only: no posting or miss is printed.
// Writers named by `--hide` (scripts/hidden-groups.ts) are scored and saved but left out of every printed row,
// the "all writers" sum and the better/worse counts, until `--reveal`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { presetFramework } from '#shared/competencies/index';
import { scoreJobFocus } from '#shared/competencies/job-focus/evaluate-focus';
import { NOTHING_HIDDEN, hiddenNote, hideHeader, shownEntries, type HiddenGroups } from './hidden-groups';
import { JOB_DESCRIPTIONS_DIR, loadLabeledJobs } from './job-descriptions';

/**
 * The blind sets that are still sealed final checks: never read, listed or scored by this script (they are
 * excluded by name before any file of theirs is opened).
 */
export const SEALED_JOB_SETS: readonly string[] = ['fresh-jobs-27', 'fresh-jobs-28'];

/** Writer folders are `fresh-jobs-<n>`; numbered sets sort by their number. */
const WRITER_FOLDER = /^fresh-jobs-(\d+)$/;

/** The spent blind sets under `dir` (one writer each), in number order, the sealed ones left out by name. */
export function spentJobWriters(dir: string = JOB_DESCRIPTIONS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => WRITER_FOLDER.test(name) && !SEALED_JOB_SETS.includes(name))
    .filter((name) => existsSync(join(dir, name, 'labels.json')))
    .sort((a, b) => Number(WRITER_FOLDER.exec(a)![1]) - Number(WRITER_FOLDER.exec(b)![1]));
}

export interface WriterFigures {
  tp: number;
  fp: number;
  fn: number;
}

/** Figures per writer, then per framework: the shape `--save` writes and `--compare` reads. */
export type WritersRun = Record<string, Record<string, WriterFigures>>;

/** Scores every spent writer under `dir` on each framework. */
export function scoreWriters(frameworkIds: readonly string[], dir: string = JOB_DESCRIPTIONS_DIR): WritersRun {
  const run: WritersRun = {};
  for (const writer of spentJobWriters(dir)) {
    run[writer] = {};
    for (const frameworkId of frameworkIds) {
      const framework = presetFramework(frameworkId);
      if (!framework) throw new Error(`No preset ${frameworkId}.`);
      // A writer's labels.json marks every job `fresh`: the whole set is that writer.
      const jobs = loadLabeledJobs('fresh', frameworkId, undefined, join(dir, writer));
      const score = scoreJobFocus(jobs, framework);
      run[writer][frameworkId] = { tp: score.truePositives, fp: score.falsePositives, fn: score.falseNegatives };
    }
  }
  return run;
}

const precisionOf = (f: WriterFigures) => (f.tp + f.fp === 0 ? 1 : f.tp / (f.tp + f.fp));
const recallOf = (f: WriterFigures) => (f.tp + f.fn === 0 ? 1 : f.tp / (f.tp + f.fn));
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const cell = (f: WriterFigures) => `P ${pct(precisionOf(f))} R ${pct(recallOf(f))} (${f.tp}/${f.fp}/${f.fn})`;

/**
 * How a writer moved between two runs: `better` when some framework gained a pick or dropped a false one and
 * none lost either; `worse` when any framework lost a pick or gained a false one; `same` otherwise.
 * `precisionLoss` is the most false picks any framework gained (the acceptance rule allows at most one).
 */
export function writerChange(
  before: Record<string, WriterFigures>,
  after: Record<string, WriterFigures>,
): { verdict: 'better' | 'worse' | 'same'; precisionLoss: number } {
  let gained = false;
  let lost = false;
  let precisionLoss = 0;
  for (const id of Object.keys(after)) {
    const b = before[id];
    const a = after[id];
    if (!b) continue;
    if (a.tp > b.tp || a.fp < b.fp) gained = true;
    if (a.tp < b.tp || a.fp > b.fp) lost = true;
    precisionLoss = Math.max(precisionLoss, a.fp - b.fp);
  }
  return { verdict: lost ? 'worse' : gained ? 'better' : 'same', precisionLoss };
}

/**
 * The report lines: one row per writer, each framework's P/R (tp/fp/fn), before → after when a run is given.
 * Writers `hide` names appear in no row, sum or count (on either side of a comparison).
 */
export function writersReport(
  fullRun: WritersRun,
  frameworkIds: readonly string[],
  fullBefore?: WritersRun,
  hide: HiddenGroups = NOTHING_HIDDEN,
): string[] {
  const run = shownEntries(hide, fullRun);
  const before = fullBefore && shownEntries(hide, fullBefore);
  const note = hiddenNote(hide, Object.keys(fullRun));
  const lines = hideHeader(hide, Object.keys(fullRun));
  const total = (r: WritersRun, id: string): WriterFigures =>
    Object.values(r).reduce(
      (sum, w) => (w[id] ? { tp: sum.tp + w[id].tp, fp: sum.fp + w[id].fp, fn: sum.fn + w[id].fn } : sum),
      { tp: 0, fp: 0, fn: 0 },
    );
  lines.push(`writer        ${frameworkIds.map((id) => id.padEnd(before ? 62 : 30)).join('  ')}`);
  const row = (name: string, after: Record<string, WriterFigures>, prior?: Record<string, WriterFigures>) =>
    `${name.padEnd(13)} ${frameworkIds
      .map((id) => (prior?.[id] ? `${cell(prior[id])} → ${cell(after[id])}` : cell(after[id]).padEnd(30)))
      .join('  ')}`;
  let better = 0;
  let worse = 0;
  const overLimit: string[] = [];
  for (const [writer, figures] of Object.entries(run)) {
    const prior = before?.[writer];
    let mark = '';
    if (prior) {
      const change = writerChange(prior, figures);
      if (change.verdict === 'better') better++;
      if (change.verdict === 'worse') worse++;
      if (change.precisionLoss > 1) overLimit.push(writer);
      mark = change.verdict === 'same' ? '' : `  ${change.verdict}`;
    }
    lines.push(row(writer, figures, prior) + mark);
  }
  const totals = Object.fromEntries(frameworkIds.map((id) => [id, total(run, id)]));
  const priorTotals = before ? Object.fromEntries(frameworkIds.map((id) => [id, total(before, id)])) : undefined;
  lines.push(row('all writers', totals, priorTotals) + note);
  if (before) {
    lines.push(`improved on ${better} writers, worse on ${worse}${note}`);
    lines.push(
      overLimit.length
        ? `precision lost by more than one pick: ${overLimit.join(', ')}`
        : 'no writer lost precision by more than one pick',
    );
  }
  return lines;
}

/** Writes a run for a later `--compare`. */
export function saveWritersRun(file: string, run: WritersRun): void {
  writeFileSync(file, JSON.stringify(run, null, 2) + '\n');
}

/** Reads a run `--save` wrote. */
export function loadWritersRun(file: string): WritersRun {
  return JSON.parse(readFileSync(file, 'utf8')) as WritersRun;
}
