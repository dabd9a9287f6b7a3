// written-22.jsonl (68 resume and STAR lines, ours, session 18) aims at kinds 6, 7 and 18 of
// ERROR-KINDS-S17.md: a metric told as a fraction, ratio, growth or reach ("about a third were
// duplicates", "1 in 12 shipments", "had grown to over 200", "now used by five other wards"); the amount
// of material gone through ("a week of checkout logs", "a few hundred claims"); a title line with a remit
// ("Team lead for a support pod of 9 agents") beside titles with only an employer, course or project.
// Labeled and committed before the rules; half aside. Before the rules: tuning claim .837 metric .643
// scale .741 vague .600; aside claim .829 metric .538 scale .857 vague .889.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseLabeledRows, rowHalf, type Flag } from '#shared/analysis/evaluate';
import { itMeetsHalfFloors } from './half-floors';

const dir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/claims');
const rows = parseLabeledRows(readFileSync(resolve(dir, 'written-22.jsonl'), 'utf8'));

const FLOORS: Record<'tuning' | 'aside', Partial<Record<Flag, number>>> = {
  tuning: { is_claim: 0.91, has_metric: 0.97, has_scale: 0.83, has_outcome: 0.99, vague_claim: 0.85 },
  aside: { is_claim: 0.95, has_metric: 0.91, has_scale: 0.92, has_outcome: 0.99, vague_claim: 0.99 },
};

describe('claim analyzer on written-22 (fractions, effort spans, remit titles)', () => {
  it('has both halves', () => {
    expect(rows.filter((r) => rowHalf(r) === 'aside').length).toBeGreaterThanOrEqual(30);
    expect(rows.filter((r) => rowHalf(r) === 'tuning').length).toBeGreaterThanOrEqual(30);
  });

  itMeetsHalfFloors(rows, FLOORS);
});
