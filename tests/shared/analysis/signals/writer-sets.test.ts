// The per-writer harness (scripts/eval-signals-writers.ts): it reads each spent blind set as one writer, sums the
// figures-only sets, and refuses the sealed sets by name whatever list asks for them.
import { describe, it, expect } from 'vitest';
import {
  FIGURES_ONLY_SETS,
  TRAINED_WRITER_SETS,
  WRITER_SETS,
  compareCounts,
  readWriter,
  signalSetFile,
  sumCounts,
  type WriterCounts,
} from '../../../fixtures/signals/writer-sets';
import { SIGNAL_IDS } from '#shared/analysis/signals/signal-ids';

const counts = (tp: number, fp: number, fn: number, wrong: number): WriterCounts =>
  Object.fromEntries(SIGNAL_IDS.map((id) => [id, { tp, fp, fn, wrong }])) as WriterCounts;

describe('signal sets read one writer at a time', () => {
  it('lists the twenty-three spent writers and keeps the figures-only sets apart', () => {
    expect([...WRITER_SETS]).toEqual([
      7, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36,
    ]);
    for (const n of FIGURES_ONLY_SETS) expect(WRITER_SETS).not.toContain(n);
    // The model's training writers stay frozen: the newest spent writer is one it has never seen.
    expect(TRAINED_WRITER_SETS.every((n) => WRITER_SETS.includes(n))).toBe(true);
    for (const n of [20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36])
      expect(TRAINED_WRITER_SETS).not.toContain(n);
  });

  it('refuses the sealed sets by name', () => {
    for (const n of [37, 38, 39]) expect(() => signalSetFile(n)).toThrow(/sealed/);
    expect(signalSetFile(36)).toBe('fresh-stories-36.json');
  });

  // A set moves from sealed to spent at the end of a session; a label whose sentence no cut matches would stop the
  // per-writer tool for every engineer (fresh-stories-35 kept its writer's "1)" list numbers in eight label keys).
  it('reads every spent writer set, each labeled sentence matching a cut', () => {
    for (const n of WRITER_SETS) expect(readWriter(n).length, `fresh-stories-${n}`).toBeGreaterThan(0);
  });

  it('sums counts per signal over writers', () => {
    expect(sumCounts([counts(1, 2, 3, 0), counts(4, 0, 1, 1)])['trade-off']).toEqual({ tp: 5, fp: 2, fn: 4, wrong: 1 });
  });

  it('calls a writer better when its errors fall and flags false marks up by two or more', () => {
    const was = { tp: 5, fp: 1, fn: 4, wrong: 0 };
    expect(compareCounts(was, { tp: 7, fp: 1, fn: 2, wrong: 0 })).toEqual({
      better: true,
      worse: false,
      precisionLoss: false,
    });
    expect(compareCounts(was, { tp: 8, fp: 3, fn: 1, wrong: 0 })).toEqual({
      better: true,
      worse: false,
      precisionLoss: true,
    });
    expect(compareCounts(was, { tp: 5, fp: 2, fn: 4, wrong: 0 })).toEqual({
      better: false,
      worse: true,
      precisionLoss: false,
    });
  });
});
