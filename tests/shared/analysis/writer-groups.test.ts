import { describe, it, expect } from 'vitest';
import { analyzeWithSection, predictedFlags, type LabeledRow } from '#shared/analysis/evaluate';
import { createAnalyzer } from '#shared/analysis/index';
import {
  flagChange,
  formatComparison,
  formatFigures,
  groupFigures,
  isSealedSetName,
  sumFigures,
  type WriterGroup,
} from '#shared/analysis/writer-groups';

// A tiny fixture of rows written for this test: two "writers", one of them figures-only.
const row = (id: string, text: string, c: boolean, m: boolean, s: boolean, o: boolean): LabeledRow => ({
  id,
  text,
  is_claim: c,
  has_metric: m,
  has_scale: s,
  has_outcome: o,
});
const writerA: WriterGroup = {
  name: 'writer-a',
  figuresOnly: false,
  rows: [
    row('a1', 'Cut the nightly import from 40 minutes to 6 by batching the writes.', true, true, false, true),
    row('a2', 'Rewrote the billing service in Go.', true, false, false, false),
    row('a3', 'Senior Engineer, Tallow Freight (2019–2023)', false, false, false, false),
  ],
};
const writerB: WriterGroup = {
  name: 'writer-b',
  figuresOnly: true,
  rows: [row('b1', 'Ran the on-call rota for a team of 12 engineers.', true, false, true, false)],
};

describe('claim figures per writer group', () => {
  const analyze = analyzeWithSection(createAnalyzer().analyzeText);
  const score = (g: WriterGroup) =>
    groupFigures(
      g,
      g.rows.map((r) => predictedFlags(analyze(r.text, r))),
    );

  it('counts tp/fp/fn per flag from one analyzer pass per row, and sums groups', () => {
    const a = score(writerA);
    expect(a.rows).toBe(3);
    expect(a.flags.is_claim).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(a.flags.has_metric).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(a.flags.vague_claim).toEqual({ tp: 1, fp: 0, fn: 0 });
    const total = sumFigures('total', [a, score(writerB)]);
    expect(total.rows).toBe(4);
    expect(total.flags.is_claim.tp).toBe(3);
    expect(total.figuresOnly).toBe(true);
  });

  it('prints figures with no row text, one line per group', () => {
    const lines = formatFigures([score(writerA), score(writerB)]);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^writer-a\s+3\s+2\/0\/0 1\.00 1\.00/);
    expect(lines.join('\n')).not.toMatch(/on-call|billing/);
  });

  it('calls a group worse when its fp rises or its tp falls, and counts groups per flag', () => {
    expect(flagChange({ tp: 5, fp: 1, fn: 2 }, { tp: 6, fp: 1, fn: 1 })).toBe('better');
    expect(flagChange({ tp: 5, fp: 1, fn: 2 }, { tp: 6, fp: 2, fn: 1 })).toBe('worse');
    expect(flagChange({ tp: 5, fp: 1, fn: 2 }, { tp: 4, fp: 0, fn: 3 })).toBe('worse');
    const before = score(writerA);
    before.flags.has_outcome = { tp: 1, fp: 0, fn: 0 };
    const after = structuredClone(before);
    after.flags.has_outcome = { tp: 1, fp: 1, fn: 0 };
    after.flags.is_claim = { tp: 3, fp: 0, fn: 0 };
    const lines = formatComparison([before], [after]);
    expect(lines).toContain('  improved on 1 groups, worse on 0');
    expect(lines).toContain('  improved on 0 groups, worse on 1');
  });

  it('refuses the sealed sets by name', () => {
    for (const name of ['fresh-36', 'fresh-37-whole', 'tests/fixtures/claims/fresh-37.jsonl'])
      expect(isSealedSetName(name)).toBe(true);
    for (const name of ['fresh-1', 'fresh-35-whole', 'fresh-361x', 'dev-claims:tuning'])
      expect(isSealedSetName(name)).toBe(false);
    expect(() => groupFigures({ ...writerA, name: 'fresh-36' }, [])).toThrow(/sealed/);
  });
});
