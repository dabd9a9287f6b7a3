// Session 42, task "counts": a count is a metric only when something in the sentence says it measures the work
// (metrics.ts): the writer's act governs it, a change or a comparison sets it against another figure, an event,
// a state reached, a period or a period of output bounds it, a zero is told over it, or a result holds it. A
// count nothing relates to the work — the context's people, places and parts, a property, a name, a setting —
// is no metric.
//
// Every sentence below and in counts-own*.jsonl is our own writing, made up for this test: none is a row of a
// writer set, and none was gathered from public text. Both fixture files were labeled before the rule they
// test: 24 rows in the class (14 that a relation makes a measure, 10 that nothing relates to the work), each
// with two one-step-off variants, and 14 near misses; half the bases put aside by a hash of their id before
// any rule was written. Only has_metric is asserted (has_scale is labeled false throughout and not tested).
import { describe } from 'vitest';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('counts-own');

/**
 * Rows still read wrong, kept visible rather than tuned away (reason in each row's note):
 * - ct-02a "… ended up as 12 one-page briefs": "ended up as" is no verb of the writer's over the count.
 * - ct-03 "Wrong-address parcels: 4 in May against 19 in March.": the comparison is read, but the label's noun
 *   makes the count a size, so no metric.
 * - ct-11 "Payroll queries answered per month: about 150.": a label with a participle before the colon is not
 *   read as the writer's act over the count after it.
 * - ct-18, ct-18a, ct-18b "open six days a week": a duration, outside the class (counts), read as a measure.
 * Aside, run once at the end:
 */
const KNOWN_MISSES = new Set<string>(['ct-02a', 'ct-03', 'ct-11', 'ct-18', 'ct-18a', 'ct-18b']);

describe('a count is a metric only when something says it measures the work (own sentences)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['has_metric'], 20);
});
