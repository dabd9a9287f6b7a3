// written-13.jsonl (104 sentences we wrote) aims at outcome classes still missed, each with look-alikes
// that name no effect: a target reached or beaten ("exceeded quota"), a count of none or little of a
// problem ("with no data loss", "minimal disruption"), a state after the act told with a copula ("the
// flaky tests are gone", "has been stable ever since"), a better state told by a comparative ("cleaner
// handoffs", "a clearer view"); then (rows 67-104) verbs that claim the improvement ("modernized",
// "turned around a team"), a need removed or a backlog cleared, and agreement won told by a noun
// ("secured buy-in"). Each part committed before the rules that use it, rows alternating tuning/aside
// within each class. Floors sit at the figures reached; they only go up.
//
// Before the rules: rows 1-66 tuning outcome .429, vague .640; aside outcome .320, vague .480.
// Rows 1-104 before the last three classes: tuning outcome .815, vague .750; aside .808, .722.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseLabeledRows, rowHalf, type Flag } from '#shared/analysis/evaluate';
import { itMeetsHalfFloors } from './half-floors';

const dir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/claims');
const rows = parseLabeledRows(readFileSync(resolve(dir, 'written-13.jsonl'), 'utf8'));

const FLOORS: Record<'tuning' | 'aside', Partial<Record<Flag, number>>> = {
  tuning: { is_claim: 0.97, has_outcome: 0.96, vague_claim: 0.95 },
  aside: { is_claim: 0.98, has_outcome: 0.96, vague_claim: 0.92 },
};

describe('claim analyzer on the thirteenth written set (targets, none-of, states, comparatives)', () => {
  it('names each row its half', () => expect(rows.every((r) => r.half !== undefined)).toBe(true));
  for (const half of ['tuning', 'aside'] as const) {
    const part = rows.filter((r) => rowHalf(r) === half);
    it(`${half} half holds at least 30 rows`, () => expect(part.length).toBeGreaterThanOrEqual(30));
  }
  itMeetsHalfFloors(rows, FLOORS);
});
