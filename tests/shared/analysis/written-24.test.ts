// written-24.jsonl (33 resume and STAR lines, ours, session 18) aims at kind 20 of ERROR-KINDS-S17.md:
// the writer's act missed after a verbless head and a clause break ("Shift lead - trained 14 new
// hires", "12-year veteran of X; led Y"), inside a when-clause whose subject is the writer ("I'd been
// there six weeks when I rewrote …"), and under unusual writer subjects ("me and one other engineer
// rebuilt …", a third-person resume line). Each family has look-alikes that are no claim: credentials,
// places, context, others' acts. Labeled and committed before the rules; half aside. Before the rules:
// is_claim F1 tuning .267, aside .375.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseLabeledRows, rowHalf, type Flag } from '#shared/analysis/evaluate';
import { itMeetsHalfFloors } from './half-floors';

const dir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/claims');
const rows = parseLabeledRows(readFileSync(resolve(dir, 'written-24.jsonl'), 'utf8'));

const FLOORS: Record<'tuning' | 'aside', Partial<Record<Flag, number>>> = {
  tuning: { is_claim: 0.91 },
  aside: { is_claim: 0.86 },
};

describe("claim analyzer on written-24 (the writer's act after a title, in a when-clause, odd subjects)", () => {
  it('has both halves', () => {
    expect(rows.filter((r) => rowHalf(r) === 'aside').length).toBeGreaterThanOrEqual(16);
    expect(rows.filter((r) => rowHalf(r) === 'tuning').length).toBeGreaterThanOrEqual(16);
  });

  itMeetsHalfFloors(rows, FLOORS);
});
