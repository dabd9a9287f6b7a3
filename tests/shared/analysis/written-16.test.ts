// written-16.jsonl (24 resume and STAR lines, ours, session 17) aims at kind 1 of ERROR-KINDS-S17: an
// outcome word that modifies a following noun ("the promotion policy", "an improvement tracker", "the
// gradient boosting library", "customer success leads") or is the object of "responsible for" names no
// result, each beside the same word as a real outcome ("Boosted conversion", "Earned a promotion",
// "Improved reliability"). Labeled and committed before the rule; half aside. Before the rule: tuning
// outcome .857 (6/2/0), vague .800; aside outcome .750 (6/4/0), vague .286.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseLabeledRows, rowHalf, type Flag } from '#shared/analysis/evaluate';
import { itMeetsHalfFloors } from './half-floors';

const dir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/claims');
const rows = parseLabeledRows(readFileSync(resolve(dir, 'written-16.jsonl'), 'utf8'));

const FLOORS: Record<'tuning' | 'aside', Partial<Record<Flag, number>>> = {
  tuning: { is_claim: 0.99, has_outcome: 0.99 },
  aside: { is_claim: 0.95, has_metric: 0.99, has_outcome: 0.99 },
};

describe('claim analyzer on written-16 (outcome words inside names and remits vs real outcomes)', () => {
  it('has both halves', () => {
    expect(rows.filter((r) => rowHalf(r) === 'aside').length).toBeGreaterThanOrEqual(12);
    expect(rows.filter((r) => rowHalf(r) === 'tuning').length).toBeGreaterThanOrEqual(12);
  });

  itMeetsHalfFloors(rows, FLOORS);
});
