// written-17.jsonl (24 resume lines, ours, session 17) aims at scale precision (ERROR-KINDS-S17 kinds 2 and 3):
// a limit, cap, maximum, timeout or placement the writer set ("Set a limit of 500 requests per minute",
// "Spread the replicas across three availability zones") and the story's own people ("with the other two
// teachers", "Supported 3 PMs") size nothing, each beside true scale that looks alike ("a fleet of 40 nodes
// across three availability zones", "a team of 8 engineers"). Labeled and committed before the rule; half
// aside. Before the rule: tuning scale .667 (3 fp), aside scale .667 (3 fp).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseLabeledRows, rowHalf, type Flag } from '#shared/analysis/evaluate';
import { itMeetsHalfFloors } from './half-floors';

const dir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/claims');
const rows = parseLabeledRows(readFileSync(resolve(dir, 'written-17.jsonl'), 'utf8'));

const FLOORS: Record<'tuning' | 'aside', Partial<Record<Flag, number>>> = {
  tuning: { is_claim: 0.99, has_scale: 0.92 },
  aside: { is_claim: 0.99, has_scale: 0.79 },
};

describe('claim analyzer on written-17 (configuration values and story people vs true scale)', () => {
  it('has both halves', () => {
    expect(rows.filter((r) => rowHalf(r) === 'aside').length).toBeGreaterThanOrEqual(12);
    expect(rows.filter((r) => rowHalf(r) === 'tuning').length).toBeGreaterThanOrEqual(12);
  });

  itMeetsHalfFloors(rows, FLOORS);
});
