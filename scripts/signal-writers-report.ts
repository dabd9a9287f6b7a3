// The report of `eval-signals-writers` as lines, apart from the detector run so a test can feed it small counts:
// per writer and signal the sentence tp/fp/fn and wrong prompts, or before → after against a saved run. Writers
// named by `--hide` (scripts/hidden-groups.ts) are left out of every line, sum and better/worse count; the saved
// run still holds them, so the end-of-work `--reveal` can compare them.
import { writeFileSync } from 'node:fs';
import { SIGNAL_IDS } from '#shared/analysis/signals/signal-ids';
import {
  compareCounts,
  precisionOf,
  recallOf,
  sumCounts,
  type SignalCounts,
  type WriterCounts,
} from '../tests/fixtures/signals/writer-sets';
import { NOTHING_HIDDEN, hiddenNote, hideHeader, shownEntries, type HiddenGroups } from './hidden-groups';

/** What `--save` writes and `--compare` reads: counts per writer (`fs<n>`) and the figures-only total. */
export interface SavedSignalRun {
  writers: Record<string, WriterCounts>;
  figuresOnly: WriterCounts;
}

/** `fresh-stories-12` as typed to `--hide` is the writer this tool keys `fs12`; other names pass unchanged. */
export const signalWriterName = (name: string): string => name.replace(/^fresh-stories-(\d+)$/, 'fs$1');

const cell = (c: SignalCounts) => `${c.tp}/${c.fp}/${c.fn} w${c.wrong}`;
const pr = (c: SignalCounts) => `P ${precisionOf(c).toFixed(2)} R ${recallOf(c).toFixed(2)}`;

/** The report lines: the table, or before → after per signal when `before` is given; hidden writers left out. */
export function signalWritersReport(
  now: SavedSignalRun,
  hide: HiddenGroups = NOTHING_HIDDEN,
  before?: { file: string; run: SavedSignalRun },
): string[] {
  const writers = shownEntries(hide, now.writers);
  const note = hiddenNote(hide, Object.keys(now.writers));
  const lines = hideHeader(hide, Object.keys(now.writers));
  if (!before) {
    lines.push('Per writer, per signal: sentence tp/fp/fn and wN = wrong missing-signal prompts.', '');
    lines.push(`${'writer'.padEnd(14)}${SIGNAL_IDS.map((id) => id.slice(0, 14).padEnd(17)).join('')}`);
    for (const [writer, counts] of Object.entries(writers))
      lines.push(`${writer.padEnd(14)}${SIGNAL_IDS.map((id) => cell(counts[id]).padEnd(17)).join('')}`);
    const summed = sumCounts(Object.values(writers));
    lines.push(`${'writers sum'.padEnd(14)}${SIGNAL_IDS.map((id) => cell(summed[id]).padEnd(17)).join('')}${note}`);
    lines.push(`${'figures-only'.padEnd(14)}${SIGNAL_IDS.map((id) => cell(now.figuresOnly[id]).padEnd(17)).join('')}`);
    lines.push('');
    for (const id of SIGNAL_IDS)
      lines.push(`  ${id.padEnd(18)}writers ${pr(summed[id])}${note}   figures-only ${pr(now.figuresOnly[id])}`);
    return lines;
  }
  const was = before.run;
  // Both sides lose the hidden writers, so no sum or count differs by their change.
  const wasWriters = shownEntries(hide, was.writers);
  lines.push(`Before (${before.file}) → now, per writer: tp/fp/fn wN.${note}`, '');
  for (const id of SIGNAL_IDS) {
    let better = 0;
    let worse = 0;
    const losses: string[] = [];
    const moves: string[] = [];
    for (const [writer, counts] of Object.entries(writers)) {
      const prior = wasWriters[writer]?.[id];
      if (!prior) continue;
      const moved = compareCounts(prior, counts[id]);
      if (moved.better) better++;
      if (moved.worse) worse++;
      if (moved.precisionLoss) losses.push(writer);
      if (cell(prior) !== cell(counts[id])) moves.push(`    ${writer.padEnd(8)}${cell(prior)} → ${cell(counts[id])}`);
    }
    const wasSum = sumCounts(Object.values(wasWriters));
    const nowSum = sumCounts(Object.values(writers));
    lines.push(
      `${id}: improved on ${better} writers, worse on ${worse}${losses.length ? `; false marks up by 2+ on ${losses.join(', ')}` : ''}${note}`,
    );
    lines.push(
      `    summed  ${cell(wasSum[id])} → ${cell(nowSum[id])}   (${pr(wasSum[id])} → ${pr(nowSum[id])})${note}`,
    );
    lines.push(
      `    figures-only ${cell(was.figuresOnly[id])} → ${cell(now.figuresOnly[id])}   (${pr(was.figuresOnly[id])} → ${pr(now.figuresOnly[id])})`,
    );
    lines.push(...moves);
  }
  return lines;
}

/** Writes the whole run, hidden writers too, for a later `--compare`. */
export function saveSignalRun(file: string, run: SavedSignalRun): void {
  writeFileSync(file, `${JSON.stringify(run, null, 1)}\n`);
}
