// Session 40, task "lines": the writer's own lines in the shapes a pasted page gives them. A chat export's lines
// of ONE speaker are the writer's (rules/chat-voices.ts decides which by the text's structure: a "Me"/"You"
// label, a narrator's own acts, else the speaker whose messages tell their own past acts most often); a thread's
// post number ("2/", "(3/7)", "🧵 4/9") is no figure and its opener ("…, a thread 🧵 1/6") no claim
// (naming-numbers.ts postNumberEnd, page-furniture.ts); a diary's weekday with no colon ("tuesday sheared …") is
// a time lead (predicate-start.ts); a key result's status after its dash tells whether the item was done
// (goal-items.ts).
//
// Every sentence in lines-own*.jsonl is our own writing, made up for this test: none is a row of a writer set,
// and none was gathered from public text. Both files were labeled and committed before any rule was written;
// lines-own.jsonl (chat lines of a nurse, a farmer, a driver, a teacher, a lawyer; thread posts; diary lines of
// a farmer, a teacher, a driver; key results of a ward and a firm; each with one-step-off variants, and 10 near
// misses: a narrated text with another speaker's line, a "You" writer, two speakers tied, another party's
// request, a fraction, a day off, a weekday subject, open key results) was used while writing the rules;
// lines-own-aside.jsonl (the same shapes in other trades) was put aside and run once at the end. One label was
// corrected after the first run, by the rubric: ln-010's "no more double-booked consults" is a count of none,
// a metric; its aside twin ln-110 was corrected the same way after the aside's one run (claim 13/2/17 before any
// rule, 27/0/3 at the end; metric false marks 11 → 6, all of them the naming numbers named below).
import { describe } from 'vitest';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('lines-own');

/**
 * Rows whose claim still reads wrong, kept visible rather than tuned away: ln-055 "monday off, nothing planned"
 * ("nothing planned" reads as a reduced passive). The aside's claim misses at its one run (ln-101b "Kofi, 22:15:
 * cannula resited in bed 12 by me, …", ln-102 and ln-102a, the dairy chat) and ln-005b "have filed defence,
 * client is signed the statement also" are read since session 43 (chat-voices.ts: any clause of a message that
 * tells the speaker's act, and the writer's own such message is a claim).
 */
const CLAIM_MISSES = new Set(['ln-055']);

/**
 * Rows whose metric still reads wrong, none of them by a stamp or a post number: "bay 4" (ln-001…), "year 9"
 * (ln-021…), "bed 12" (ln-101…) and "year 3" (ln-121…) are read as counts, a naming number's class of their own.
 */
const METRIC_MISSES = new Set([
  'ln-001',
  'ln-001a',
  'ln-001b',
  'ln-001c',
  'ln-021',
  'ln-021a',
  'ln-021b',
  // The aside's, at its one run: "bed 12" and "year 3", the same naming numbers.
  'ln-101',
  'ln-101a',
  'ln-101c',
  'ln-121',
  'ln-121a',
  // Read as Rhian's claim since session 43, "tank back to 4 degrees" then reads as an after value, a measure
  // the label does not give.
  'ln-102',
]);

describe('own chat lines, thread posts, diary weekdays and key results: claim (lines-own*.jsonl)', () => {
  itReadsOwnRows(rows, CLAIM_MISSES, ['is_claim'], 30);
});

describe('own chat lines, thread posts, diary weekdays and key results: metric (lines-own*.jsonl)', () => {
  itReadsOwnRows(rows, METRIC_MISSES, ['has_metric'], 30);
});
