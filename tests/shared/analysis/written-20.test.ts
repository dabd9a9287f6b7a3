// written-20.jsonl (60 resume and STAR lines, ours, session 18) aims at kinds 14, 15 and 16 of
// ERROR-KINDS-S17.md: context and lessons read as claims. Others' requests, recurring problems and an old
// system's before value ("Legal asked for the same", "Parents kept emailing about missing grades", "The old
// routing sheet was off by 30 minutes") are context; the writer's own setting under a Situation heading
// ("We ran a marketplace of about 50,000 sellers", "I was leading five people") is context with its
// scale; a lesson or advice, in a Reflection or headerless ("Short huddles beat long reports", "Bring the
// money a change loses"), is no claim. Each class has look-alikes that are claims: the writer acting on
// the request, a one-off act in the Situation, a practice adopted, a specific past result. Labeled and
// committed before the rules; half aside. Before the rules: tuning claim .500, outcome .500; aside claim
// .500, outcome .182.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseLabeledRows, rowHalf, type Flag } from '#shared/analysis/evaluate';
import { itMeetsHalfFloors } from './half-floors';

const dir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/claims');
const rows = parseLabeledRows(readFileSync(resolve(dir, 'written-20.jsonl'), 'utf8'));

const FLOORS: Record<'tuning' | 'aside', Partial<Record<Flag, number>>> = {
  tuning: { is_claim: 0.77, has_outcome: 0.85 },
  aside: { is_claim: 0.76, has_outcome: 0.28 },
};

describe('claim analyzer on written-20 (context and lessons vs the writer’s claims)', () => {
  it('has both halves', () => {
    expect(rows.filter((r) => rowHalf(r) === 'aside').length).toBeGreaterThanOrEqual(30);
    expect(rows.filter((r) => rowHalf(r) === 'tuning').length).toBeGreaterThanOrEqual(30);
  });

  itMeetsHalfFloors(rows, FLOORS);
});
