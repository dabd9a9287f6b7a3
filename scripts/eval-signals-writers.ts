// `npx tsx scripts/eval-signals-writers.ts [--save=FILE] [--compare=FILE]`: the signal detector scored one writer
// at a time. Each spent blind set (fresh-stories-7, -10 … -36) is one writer; for each, per signal, the sentence
// tp/fp/fn and the story-level wrong prompts (a missing-signal prompt on a story that shows the signal). The
// figures-only sets (fresh-stories-4, -5, -6, -8, -9) print as one total, never by set or row. `--save` writes the
// counts; `--compare` prints before → after per writer and, per signal, on how many writers it improved or got worse
// (and where a writer's false marks rose by more than one row). The sealed sets are refused by name.
// `--hide=fresh-stories-12,fresh-stories-20` (or fs12,fs20) keeps held-out writers out of everything printed: their
// rows, the better/worse counts and the sums, which are taken without them and say "(N groups hidden)"; `--save`
// still writes them. `--reveal` prints them, for the one end-of-work check (scripts/hidden-groups.ts).
import { readFileSync } from 'node:fs';
import { WRITER_SETS, countSignals, readFiguresOnly, readWriter } from '../tests/fixtures/signals/writer-sets';
import { parseHideOptions } from './hidden-groups';
import { saveSignalRun, signalWriterName, signalWritersReport, type SavedSignalRun } from './signal-writers-report';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const hide = parseHideOptions(process.argv.slice(2), signalWriterName);

const now: SavedSignalRun = {
  writers: Object.fromEntries(WRITER_SETS.map((n) => [`fs${n}`, countSignals(readWriter(n))])),
  figuresOnly: countSignals(readFiguresOnly()),
};

// Read before saving, so `--save=F --compare=F` compares with the earlier run rather than this one.
const compareTo = arg('compare');
const before = compareTo
  ? { file: compareTo, run: JSON.parse(readFileSync(compareTo, 'utf8')) as SavedSignalRun }
  : undefined;
const saveTo = arg('save');
if (saveTo) saveSignalRun(saveTo, now);
for (const line of signalWritersReport(now, hide, before)) console.log(line);
