// `npm run eval:jobs`: precision and recall of job-description extraction on the hand-labeled postings,
// for the tuning set (used while writing the lexicon) and the set kept aside, per preset framework, in all
// and per batch of postings. `--misses` also lists what each tuning job got wrong (never the aside rows).
// `--dir=<folder>` scores the jobs of that folder's labels.json instead, each set it holds in all; its
// aside and fresh jobs print figures only.
// `--writers` scores each spent blind set fresh-jobs-N (one writer each, the sealed ones left out by name), one
// row a writer; `--save[=file]` keeps that run and `--compare[=file]` prints before → after against a kept one.
// `--hide=fresh-jobs-10,fresh-jobs-12` keeps held-out writers out of every printed row, sum and better/worse count
// (the sums say "(N groups hidden)"); `--save` still keeps them; `--reveal` prints them for the end-of-work check.
import { resolve } from 'node:path';
import { JOB_EVAL_FRAMEWORKS, jobEvalReport } from './job-eval-report';
import { parseHideOptions } from './hidden-groups';
import { loadWritersRun, saveWritersRun, scoreWriters, writersReport } from './job-writers';

const from = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);
const option = (name: string, fallback: string): string | undefined => {
  const arg = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!arg) return undefined;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : fallback;
};

const WRITERS_RUN_FILE = '.eval-jobs-writers.json';
if (process.argv.includes('--writers')) {
  const run = scoreWriters(JOB_EVAL_FRAMEWORKS);
  const compare = option('compare', WRITERS_RUN_FILE);
  const before = compare === undefined ? undefined : loadWritersRun(from(compare));
  const hide = parseHideOptions(process.argv.slice(2));
  for (const line of writersReport(run, JOB_EVAL_FRAMEWORKS, before, hide)) console.log(line);
  const save = option('save', WRITERS_RUN_FILE);
  if (save !== undefined) saveWritersRun(from(save), run);
} else {
  const dirArg = option('dir', '');
  // npm runs scripts from the package root; a relative folder is read from where the command was typed.
  const dir = dirArg ? from(dirArg) : undefined;
  for (const line of jobEvalReport({ dir, showMisses: process.argv.includes('--misses') })) console.log(line);
}
