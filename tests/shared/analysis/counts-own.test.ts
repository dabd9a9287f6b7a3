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
 * Aside (42/50 read right at the end, 41/50 before; its misreads were once printed after the first step, the
 * default's removal, before the evidence readers were written — said in the session's report):
 * - ct-05 "Over the harvest we picked 1,800 crates …", ct-05a "Crates picked over the harvest: about 1,800.":
 *   a processed volume the scan reads as a size (no metric), and a label with a participle (as ct-11).
 * - ct-06a "I give about eleven first-aid courses every year.": "give" is no present act of the writer's to
 *   the present-act reader, so the recurrence is not read as the writer's output.
 * - ct-08a "Dispatch errors: 5 a week now, previously 22.": the figure "previously" sets 22 against sits across a comma.
 * - ct-10a "This spring 420 calves got their jabs from me.": "got" is no event of the count's.
 * - ct-14a "… takes one van, it used to take three.": "used to" is not read as a before value.
 * - ct-21b "I visited all three schools …": the whole of a set visited is read as scale, no metric.
 * - ct-24b "I added 2 delivery slots per day …": a setting the writer chose, read as the writer's load.
 */
const KNOWN_MISSES = new Set<string>([
  'ct-02a',
  'ct-03',
  'ct-11',
  'ct-18',
  'ct-18a',
  'ct-18b',
  'ct-05',
  'ct-05a',
  'ct-06a',
  'ct-08a',
  'ct-10a',
  'ct-14a',
  'ct-21b',
  'ct-24b',
]);

describe('a count is a metric only when something says it measures the work (own sentences)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['has_metric'], 20);
});
