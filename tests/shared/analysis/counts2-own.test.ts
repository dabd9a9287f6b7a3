// Session 42, task "counts2": the shapes the counts rule (metrics.ts) first missed or misread. An approximator
// between the writer's verb and its count ("well over", "a good", "something like", "close to", "north of", "in
// excess of") does not take the verb's place (quantity-governor.ts); a verbless label with a participle after
// its noun ("Crates packed this season: about 2,300") is the act's measure (quantity-evidence.ts); a temperature
// the writer set is a configuration value (metrics.ts); "Room 12", "Goal 3" are names; a label told as "my
// project" is the writer's claim (claims.ts).
//
// Every sentence in counts2-own*.jsonl is our own writing, made up for this test: none is a row of a writer set,
// and none was gathered from public text. They were written after the rules, as the ladder that keeps them.
import { describe } from 'vitest';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('counts2-own');

/**
 * Rows still read wrong, kept visible rather than tuned away:
 * - c2-02 "Our crew laid well over 2,000 paving slabs …": the metric is read; "Our crew" as the subject of the
 *   writer's team's act is not read as a claim.
 * - c2-06 "I repaired a little over 40 laptops …": "a" before "little over 40" reads as an article sizing one
 *   thing, so the count is read as scale.
 * - c2-08 "Complaints resolved per week: 35 (team average 20)": the count after "per week:" is not read as a
 *   count at all.
 * - c2-10 "Staff managed: 12": no metric, as labeled, but the participle label is not read as a claim.
 */
const KNOWN_MISSES = new Set<string>(['c2-02', 'c2-06', 'c2-08', 'c2-10']);

describe('counts2: approximators, participle labels, settings and names (own sentences)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['has_metric', 'is_claim'], 9);
});
