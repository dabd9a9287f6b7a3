// Session 43, task "counts": a number's slot. A number that is no quantity — a decade ("a 1930s clock"), a name
// after a noun ("field 7", "Route 22"), a clock time ("sold out by 3", "at 7:30") — and a span that is no measure
// of the work — years a trade has been held up to now ("I have mended nets for 14 years"), a schedule ("two
// evenings a week", "for three days each spring") — are no metric; near misses next to each (a count of work, a
// change "by 30", time saved or taken, two times compared) keep theirs.
//
// Every sentence in counts3-own*.jsonl is our own writing, made up for this test: none is a row of a writer set,
// and none was gathered from public text. Both files were written and labeled before any rule; the aside file
// was put aside and run once at the end.
import { describe } from 'vitest';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('counts3-own');

/**
 * Rows still read wrong, kept visible rather than tuned away:
 * - ct-S1c "4 days in week", ct-S2a "for three days each spring" (aside): a day stays out of the schedule slots,
 *   since the real corpus labels "teach …, 1 day per week" time spent (quantity-rota-turns.ts); a labeling call.
 * - ct-S2b "Each autumn I guide walking tours for two weeks." (aside): the period told before the clause is not
 *   read; only "N <slot> each <period>" in that order is.
 * - ct-T2c "Ive tutored chemistry for eight years now." (aside): "Ive" without its apostrophe is no auxiliary.
 */
const KNOWN_MISSES = new Set<string>(['ct-S1c', 'ct-S2a', 'ct-S2b', 'ct-T2c']);

describe('counts3: names, clock times, decades, tenures and schedules are no metric (own sentences)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['has_metric'], 12);
});
