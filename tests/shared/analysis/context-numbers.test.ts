// Session 37, task "numbers": a count that no change, result verb, delivering verb or result noun gave a
// role was a metric by default, so the sizes and people of the context ("with the big four supermarkets",
// "has about 20 regulars", "on about 60 farms") read as measures. Now a count that a context preposition,
// a present state, a hyphen or an apposition holds is a metric only on positive evidence from its clause
// (quantity-evidence.ts: the writer's past act, a past event, "now", a past period, a score), and a large
// one (or a modifier, "a 16-bed unit") held so is a size.
//
// Every sentence below and in context-numbers*.jsonl is our own writing, made up for this test: none is a
// row of a writer set, and none was gathered from public text. Both fixture files were labeled and
// committed before any rule: context-numbers.jsonl (12 context numbers — remits, standing duties,
// Situation sizes, some in non-native English — and 4 near misses whose count is a result) was used while
// writing the rule; context-numbers-aside.jsonl (the same mix) was put aside and run once at the end
// (figures in the commit message; its misses are kept below as known misses, not tuned away).
import { describe, expect, it } from 'vitest';
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import { findQuantities } from '#shared/analysis/rules/quantity/quantities';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('context-numbers');

/**
 * Rows still read wrong, kept visible rather than tuned away:
 * - cn-003 "Teaching 28 pupils in a mixed Year 5/6 class.": "6 class", the second of two year labels, is read
 *   as a count nothing holds, and such a count keeps its reading as the work (a metric).
 * - cn-006 "My work is to attend 5 rural clinics in the week." and aside cn-101 "Run three antenatal clinics
 *   a week …": a duty's schedule is read as a size of the context (a run place per week), not as nothing.
 * - cn-012 "[situation] Each driver did around 30 drops a day …": another party's daily rate reads as a volume.
 * - (aside cn-103 "I am responsible of 9 apprentices …" and cn-111 "Currently I am supervising 5 junior
 *   accountants …", a few people led outside the leading-verb shapes, read since session 38: a remit frame
 *   and the writer's present verb hold the count as a duty, held-counts.test.ts.)
 * - aside cn-106 "… we have 120 cows and I milk them two times a day.": the count of times of a schedule
 *   is still a measure (a count of times is left as it was); cn-110 "Translate court documents within 48
 *   hours of receipt.": a standing deadline is a duration, outside the count evidence.
 * - aside cn-114 "Closed 95 legal aid files in 2023, …": "closed" is a result verb and files the size of a
 *   caseload, so a volume reads as scale too (the near miss keeps its metric).
 */
const KNOWN_MISSES = new Set<string>(['cn-003', 'cn-006', 'cn-012', 'cn-101', 'cn-106', 'cn-110', 'cn-114']);

describe('numbers of the context (context-numbers*.jsonl)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['has_metric', 'has_scale'], 16);
});

/** The evidence and the hold the scan records on the first count of `text`. */
function roles(text: string): { evidence: string | undefined; held: string | undefined } {
  const { quantities } = findQuantities(text, tokenize(text));
  const q = quantities.find((x) => x.kind === 'count' || x.kind === 'magnitude');
  return { evidence: q?.evidence, held: q?.held };
}

describe('clause evidence for a bare count', () => {
  it.each([
    ['Looked after over 300 couples on the coast.', 'act'],
    ['Two launches slipped without warning.', 'event'],
    ['The homework club that around 25 pupils now attend.', 'now'],
    ['Home safety visits — 1,400 visits in 2023', 'dated'],
    ['Built the evaluation harness: 200 test cases, two judges.', 'claim'],
    ['CSAT 4.6/5 across the year', 'score'],
  ])('%s → %s', (text, evidence) => {
    expect(roles(text).evidence).toBe(evidence);
  });

  it.each([
    ['Lead vet for TB testing on about 60 farms.', 'preposition'],
    ['I also run the chess club, which has about 20 regulars.', 'state'],
    ['Our 28-bed surgical ward had the highest rate.', 'modifier'],
    ['Herd: 220 Holstein Friesians, all-year-round calving', 'apposition'],
  ])('%s holds its count by %s, with no evidence', (text, held) => {
    expect(roles(text)).toEqual({ evidence: undefined, held });
  });
});
