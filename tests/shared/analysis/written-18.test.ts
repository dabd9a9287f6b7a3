// written-18.jsonl (24 resume and STAR lines, ours, session 17) aims at kind 8 of ERROR-KINDS-S17.md: a
// benefit told by let/allow/so/which-let ("which let us retire the old cron box", "let the agents answer
// without a human") is an outcome; the same shape naming only a function ("a portal to let customers
// manage their invoices", "which let us run them in containers") is not. Labeled and committed before the
// rule; half aside. Before the rule: tuning outcome .800, aside outcome .600 (P .750 R .500).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseLabeledRows, rowHalf, type Flag } from '#shared/analysis/evaluate';
import { itMeetsHalfFloors } from './half-floors';

const dir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/claims');
const rows = parseLabeledRows(readFileSync(resolve(dir, 'written-18.jsonl'), 'utf8'));

const FLOORS: Record<'tuning' | 'aside', Partial<Record<Flag, number>>> = {
  tuning: { is_claim: 0.99, has_outcome: 0.99, vague_claim: 0.99 },
  aside: { is_claim: 0.99, has_outcome: 0.92, vague_claim: 0.9 },
};

describe('claim analyzer on written-18 (benefit clauses vs function look-alikes)', () => {
  it('has both halves', () => {
    expect(rows.filter((r) => rowHalf(r) === 'aside').length).toBeGreaterThanOrEqual(12);
    expect(rows.filter((r) => rowHalf(r) === 'tuning').length).toBeGreaterThanOrEqual(12);
  });

  itMeetsHalfFloors(rows, FLOORS);
});
