// `npm run eval:jobs`: precision and recall of job-description extraction on the hand-labeled postings,
// for the tuning set (used while writing the lexicon) and the set kept aside, per preset framework, in all
// and per batch of postings. `--misses` also lists what each tuning job got wrong (never the aside rows).
// `--dir=<folder>` scores the jobs of that folder's labels.json instead, each set it holds in all; its
// aside and fresh jobs print figures only.
import { resolve } from 'node:path';
import { jobEvalReport } from './job-eval-report';

const dirArg = process.argv.find((a) => a.startsWith('--dir='))?.slice('--dir='.length);
// npm runs scripts from the package root; a relative folder is read from where the command was typed.
const dir = dirArg ? resolve(process.env.INIT_CWD ?? process.cwd(), dirArg) : undefined;
for (const line of jobEvalReport({ dir, showMisses: process.argv.includes('--misses') })) console.log(line);
