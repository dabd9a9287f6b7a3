// Session 36, task "none": a count of none told as the result ("since april we have 0 active accounts",
// "…, and none of the buyers pulled out", "— 0 upheld … in my tenure", "are not happening anymore") was
// missed because the zero readers wanted a period told in the sentence and a word "zero" or "no".
// `zero-after-work.ts` runs the same readers with the period given by a Result section
// (CueScan.periodGiven); a digit zero is read as "zero"; "in my tenure" is a period; a trouble's event in
// the progressive ("are not happening anymore") is a count of none as its past form is.
//
// Every sentence below and in none-counts*.jsonl is our own writing, made up for this test: none is a row
// of a writer set, and none was gathered from public text. The two fixture files were labeled and
// committed before any rule: none-counts.jsonl (12 counts of none told after the work, 4 near misses: a
// zero in the setup, a task, a check) was used while writing the rule; none-counts-aside.jsonl (the same
// mix) was put aside and run once at the end (figures in the commit message; its misses are kept below as
// known misses, not tuned away).
import { describe, expect, it } from 'vitest';
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import { zeroInResult } from '#shared/analysis/rules/figures/zero-after-work';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('none-counts');

/**
 * Rows still read wrong, kept visible rather than tuned away (aside half):
 * - nc-104 "No returns … since we changed the packing", nc-112 "… and none of the clients withdrew": another
 *   cue reads the effect first, so the zero is not counted as a measure (the Result frame runs last, as
 *   the writers label a Result's reported effect alone).
 * - nc-107 "none of the families had to leave": "had to" is read as the past perfect of the setup.
 * - nc-108 "we have no more complain from the customers" (non-native): "no more" + a singular is not read.
 * - nc-116 "I added a check so that no duplicate invoices would reach the ledger": a purpose clause is
 *   still read as a count of none (it was before this change too).
 */
const KNOWN_MISSES = new Set<string>(['nc-104', 'nc-107', 'nc-108', 'nc-112', 'nc-116']);

describe('counts of none told after the work (none-counts*.jsonl)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['is_claim', 'has_metric', 'has_outcome'], 16);
});

describe('zeroInResult', () => {
  it.each([
    'No callbacks from any of the forty households for boiler faults.',
    'We moved the families in early, and none of the tenants asked to be rehoused.',
    'We have 0 duplicate records on the ward list.',
  ])('reads a count of none with the section as its period: %s', (text) =>
    expect(zeroInResult(tokenize(text))?.zeroCount).toBe(true),
  );

  it.each([
    'We had no budget left for a second trial.',
    'Nobody knew why the numbers moved.',
    'The flaky test count is still not zero.',
    'Nobody had touched the log since 2019.',
  ])('reads no count in a lack, a state or a denied zero: %s', (text) =>
    expect(zeroInResult(tokenize(text))).toBeUndefined(),
  );
});
