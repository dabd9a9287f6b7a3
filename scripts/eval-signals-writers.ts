// `npx tsx scripts/eval-signals-writers.ts [--save=FILE] [--compare=FILE]`: the signal detector scored one writer
// at a time. Each spent blind set (fresh-stories-7, -10 … -27) is one writer; for each, per signal, the sentence
// tp/fp/fn and the story-level wrong prompts (a missing-signal prompt on a story that shows the signal). The
// figures-only sets (fresh-stories-4, -5, -6, -8, -9) print as one total, never by set or row. `--save` writes the
// counts; `--compare` prints before → after per writer and, per signal, on how many writers it improved or got worse
// (and where a writer's false marks rose by more than one row). The sealed sets are refused by name.
import { readFileSync, writeFileSync } from 'node:fs';
import { SIGNAL_IDS } from '#shared/analysis/signals/signal-ids';
import {
  WRITER_SETS,
  compareCounts,
  countSignals,
  precisionOf,
  readFiguresOnly,
  readWriter,
  recallOf,
  sumCounts,
  type SignalCounts,
  type WriterCounts,
} from '../tests/fixtures/signals/writer-sets';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

interface Saved {
  writers: Record<string, WriterCounts>;
  figuresOnly: WriterCounts;
}

const now: Saved = {
  writers: Object.fromEntries(WRITER_SETS.map((n) => [`fs${n}`, countSignals(readWriter(n))])),
  figuresOnly: countSignals(readFiguresOnly()),
};

const cell = (c: SignalCounts) => `${c.tp}/${c.fp}/${c.fn} w${c.wrong}`;
const pr = (c: SignalCounts) => `P ${precisionOf(c).toFixed(2)} R ${recallOf(c).toFixed(2)}`;

const saveTo = arg('save');
if (saveTo) writeFileSync(saveTo, `${JSON.stringify(now, null, 1)}\n`);

const compareTo = arg('compare');
if (!compareTo) {
  console.log('Per writer, per signal: sentence tp/fp/fn and wN = wrong missing-signal prompts.\n');
  console.log(`${'writer'.padEnd(14)}${SIGNAL_IDS.map((id) => id.slice(0, 14).padEnd(17)).join('')}`);
  for (const [writer, counts] of Object.entries(now.writers))
    console.log(`${writer.padEnd(14)}${SIGNAL_IDS.map((id) => cell(counts[id]).padEnd(17)).join('')}`);
  const summed = sumCounts(Object.values(now.writers));
  console.log(`${'writers sum'.padEnd(14)}${SIGNAL_IDS.map((id) => cell(summed[id]).padEnd(17)).join('')}`);
  console.log(`${'figures-only'.padEnd(14)}${SIGNAL_IDS.map((id) => cell(now.figuresOnly[id]).padEnd(17)).join('')}`);
  console.log('');
  for (const id of SIGNAL_IDS)
    console.log(`  ${id.padEnd(18)}writers ${pr(summed[id])}   figures-only ${pr(now.figuresOnly[id])}`);
} else {
  const before = JSON.parse(readFileSync(compareTo, 'utf8')) as Saved;
  console.log(`Before (${compareTo}) → now, per writer: tp/fp/fn wN.\n`);
  for (const id of SIGNAL_IDS) {
    let better = 0;
    let worse = 0;
    const losses: string[] = [];
    const lines: string[] = [];
    for (const [writer, counts] of Object.entries(now.writers)) {
      const was = before.writers[writer]?.[id];
      if (!was) continue;
      const moved = compareCounts(was, counts[id]);
      if (moved.better) better++;
      if (moved.worse) worse++;
      if (moved.precisionLoss) losses.push(writer);
      if (cell(was) !== cell(counts[id])) lines.push(`    ${writer.padEnd(8)}${cell(was)} → ${cell(counts[id])}`);
    }
    const wasSum = sumCounts(Object.values(before.writers));
    const nowSum = sumCounts(Object.values(now.writers));
    console.log(
      `${id}: improved on ${better} writers, worse on ${worse}${losses.length ? `; false marks up by 2+ on ${losses.join(', ')}` : ''}`,
    );
    console.log(`    summed  ${cell(wasSum[id])} → ${cell(nowSum[id])}   (${pr(wasSum[id])} → ${pr(nowSum[id])})`);
    console.log(
      `    figures-only ${cell(before.figuresOnly[id])} → ${cell(now.figuresOnly[id])}   (${pr(before.figuresOnly[id])} → ${pr(now.figuresOnly[id])})`,
    );
    for (const line of lines) console.log(line);
  }
}
