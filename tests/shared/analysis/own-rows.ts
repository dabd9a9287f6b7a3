// The harness every "own sentences" claims fixture repeats: a tuning file and its aside file
// (tests/fixtures/claims/<name>.jsonl and <name>-aside.jsonl, our own writing), both halves present, and each
// row read as labeled on the flags its rule is about, except the aside misses kept visible as known misses.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { createAnalyzer } from '#shared/analysis/index';
import {
  analyzeWithSection,
  goldFlags,
  parseLabeledRows,
  predictedFlags,
  type Flag,
  type LabeledRow,
} from '#shared/analysis/evaluate';

const CLAIMS_FIXTURES = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/claims');

/** The rows of `<name>.jsonl` (tuning) and `<name>-aside.jsonl`, in that order. */
export function ownRows(name: string): LabeledRow[] {
  return [`${name}.jsonl`, `${name}-aside.jsonl`].flatMap((f) =>
    parseLabeledRows(readFileSync(resolve(CLAIMS_FIXTURES, f), 'utf8')),
  );
}

/**
 * Registers, inside the caller's `describe`: each half has at least `minPerHalf` rows, and every row but the
 * known misses gets its labeled value on each of `flags`.
 */
export function itReadsOwnRows(
  rows: readonly LabeledRow[],
  knownMisses: ReadonlySet<string>,
  flags: readonly Flag[],
  minPerHalf: number,
): void {
  const analyze = analyzeWithSection(createAnalyzer().analyzeText);
  it('has both halves', () => {
    expect(rows.filter((r) => r.half === 'tuning').length).toBeGreaterThanOrEqual(minPerHalf);
    expect(rows.filter((r) => r.half === 'aside').length).toBeGreaterThanOrEqual(minPerHalf);
  });
  it.each(rows.filter((r) => !knownMisses.has(r.id)).map((r) => [r.id, r.text, r] as const))(
    '%s: %s',
    (_id, _text, row) => {
      const predicted = predictedFlags(analyze(row.text, row));
      const gold = goldFlags(row);
      for (const flag of flags) expect(predicted[flag], flag).toBe(gold[flag]);
    },
  );
}
