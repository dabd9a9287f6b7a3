// Session 40, task "recognition": awards, rankings, credits and stars told as verbless lines. A standing others
// granted the work, read by its head (rules/recognition-heads.ts: a place in a field, a place word before the
// writer's noun, an honour title heading the line, a runner-up, a hall of fame, a metal for its medal, an
// honourable mention; the writer holding one, "I was runner-up"), a place with its field as one rank whose field
// is no scale (rules/quantity-ranks.ts), a credit naming the writer as the doer, a claim with no outcome
// (rules/credit-lines.ts), stars on a repository as a following (scale.ts isFollowingCount) and a star grade as
// a class (quantity-exclusions.ts isStarGrade). The rubric call is RUBRIC-NOTES "Recognition (session 40)".
//
// Every sentence below and in recognition-lines-own*.jsonl is our own writing, made up for this test: none is a
// row of a writer set or of a probe, and none was gathered from public text. recognition-lines-own.jsonl (tuning:
// 24 seeds and near misses with their variants, then the rungs and the wrong-direction shapes written while the
// rules were) was used while writing the rules; recognition-lines-own-aside.jsonl was written at the same time
// as the seeds, before any rule, put away, and run once at the end: its misses are kept below, not tuned away.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('recognition-lines-own');

/**
 * Rows read wrong, each with its reason in the row's note. Tuning (seeds 23 of 48 right before, 47 after; all 100
 * rows 58 → 86): rl-048 (a star grade before "rating" stays a score), rl-054 (a third-person placing: "placed" is
 * no work verb), rl-056 (a medal emoji); the rest are wrong-direction shapes misread as at the session start by
 * other readers (rl-071, 076, 083, 089, 090, 091, 094, 095, 098, 099, 100), which this session's readings do not
 * take. Aside, at its one run (17 of 40 right before, 34 after): rla-003 "… 2019 — bronze" (a metal closing the
 * line after a dash), rla-010 "One of the platform's top 10 tutors" (a possessive before "top"), rla-018 "Named in
 * 6 vendors' security halls of fame" (the givers' count before the head), rla-025 "Reached the final of …" (no
 * reading of a final reached), rla-028 "Bursary from the Law Society …" ("bursary" is not in the lemma family),
 * rla-038 "The second of four audits was moved to May." (a count of audits read as a metric, as at the start).
 */
const KNOWN_MISSES = new Set<string>([
  'rl-048',
  'rl-054',
  'rl-056',
  'rl-071',
  'rl-076',
  'rl-083',
  'rl-089',
  'rl-090',
  'rl-091',
  'rl-094',
  'rl-095',
  'rl-098',
  'rl-099',
  'rl-100',
  'rla-003',
  'rla-010',
  'rla-018',
  'rla-025',
  'rla-028',
  'rla-038',
]);

describe('recognition as verbless lines (recognition-lines-own*.jsonl)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['is_claim', 'has_metric', 'has_scale', 'has_outcome'], 40);
});

describe('a place with its field is one rank, the field no scale', () => {
  it.each([
    ['Silver medal, retinal-scan grading competition (41st of 2,300 teams)', '41st of 2,300 teams'],
    ['Finished third out of 140 baristas at the regional championship', 'third out of 140 baristas'],
    ['Participated in the hackathon (2nd place from 37 teams).', '2nd place from 37 teams'],
  ])('"%s" reads "%s" as a rank', (text, rank) => {
    const facts = sentenceFacts(text);
    expect(facts.quantities.map((q) => [q.text, q.kind])).toContainEqual([rank, 'rank']);
    expect(facts.hasScale).toBe(false);
  });
  it.each(['The second of three site visits was cancelled.', 'Passed on the 2nd of 3 attempts'])(
    'reads no rank in "%s"',
    (text) => expect(sentenceFacts(text).quantities.some((q) => q.kind === 'rank')).toBe(false),
  );
});
