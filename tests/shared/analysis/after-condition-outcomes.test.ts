// An after state told copular, verbless, negated or as "gone", and before → after in unusual forms
// (after-condition-outcomes.ts; the present perfect and "by"/degree readings of "gone/come down" in
// measure-move-outcomes.ts; a thing gone or vanished in quiet-outcomes.ts; "X before, Y now" and named
// grades in before-after-outcomes.ts; "−48 %" in measured-difference-outcomes.ts).
//
// Every sentence here is our own writing, made up for this test in session 34 (none is copied from a
// writer's set). Two lists: the sentences the rules were written from, and a list put aside before any
// rule was written and first run once the rules were done. The aside list is kept as measured: its floor
// is the figure it reached, and the sentences it still misses are named below as known misses.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import type { StorySection } from '#shared/analysis/domain-types';

const outcome = (text: string, section?: StorySection) => sentenceFacts(text, section).hasOutcome;

type Case = [text: string, section?: StorySection];

/** The sentences the rules were written from: each is an after state or a before → after. */
const WRITTEN_FROM: Case[] = [
  ['After the new intake form, duplicate referrals are basically gone.'],
  ['Since the rota change, overtime has come down a lot.'],
  ["The manual export isn't needed any more, the dashboard pulls it directly."],
  ['Missed handovers are down to maybe one a month.', 'result'],
  ['Customer churn: 6% before, 4% now.'],
  ['Page weight on the checkout: −35 %'],
  ['Stockouts on the frozen aisle have practically vanished since we changed the order sheet.', 'result'],
  ['Moved the kitchen to prep lists; clean inspections ever since.'],
  ['Took our review score from 3.1 stars to 4.5 stars in one season.'],
  ['The backlog of unsigned contracts is all but gone now.', 'result'],
  ['Re-work on the drawings is not happening anymore after I added the review step.', 'result'],
  ['The queue at the pharmacy counter is pretty much disappeared.', 'result'],
  ['Absences on Mondays are a lot less since we moved the meeting.', 'result'],
];
/** Written from, and still missed: "come right down" (a degree between the verb and its particle). */
const WRITTEN_FROM_MISSED: Case[] = [['Our error budget burn has come right down since the fix.']];

/** Near misses the rules were written against: a problem in context, a background, a tenure. */
const WRITTEN_FROM_NEAR: Case[] = [
  ['The queue at reception was long every morning.', 'situation'],
  ['Nobody had touched the build scripts since 2019.'],
  ['Sales have gone down since the competitor opened nearby.', 'situation'],
  ['Response times had crept up since the migration.'],
  ['I have been on the night rota since 2021.'],
  ['The printer is down to one working tray, so we print in batches.'],
];

/** Put aside before the rules were written. */
const ASIDE: Case[] = [
  ['The Friday scramble to reconcile invoices is a thing of the past.'],
  ['Our cloud bill has gone down by a third since we moved the batch jobs.'],
  ['Complaints about noise are not a problem anymore.', 'result'],
  ['Time to first reply is now down to under two hours.'],
  ['Late trucks at the depot: 1 in 8 before, 1 in 40 now.'],
  ['The weekly firefight over the payroll run is no more.', 'result'],
  ['Paper forms are gone entirely from the front desk.', 'result'],
  ['Waiting lists at the clinic are much shorter these days.'],
  ['The printer jams that plagued the office are history.', 'result'],
  ['Late deliveries have dropped off since we split the routes.'],
  ['Night-time call-outs are now rare.', 'result'],
  ["Helped move the ward from 'Inadequate' to 'Requires Improvement' in a year."],
  ['Emergency purchase orders has gone down very much after the new forecast.', 'result'],
  ['Rebuilt the tagging; misfiled tickets down to a handful a week ever since.'],
];
/**
 * The aside sentences missed at their first run (8 of 14 caught then; "gone down by a third" was read
 * after one more change, so 9 now): "is no more", "these days" as an anchor, "are history", "dropped
 * off", and "orders … gone down" (orders are a measure people want up, so their fall is not read).
 */
const ASIDE_MISSED = new Set([
  'The weekly firefight over the payroll run is no more.',
  'Waiting lists at the clinic are much shorter these days.',
  'The printer jams that plagued the office are history.',
  'Late deliveries have dropped off since we split the routes.',
  'Emergency purchase orders has gone down very much after the new forecast.',
]);
const ASIDE_NEAR: Case[] = [
  ['When I joined, the original author was gone and nothing was documented.', 'situation'],
  ['Morale was down after the layoffs.', 'situation'],
  ['The budget is not enough anymore for two contractors.'],
  ['Our best analyst was gone by March.'],
  ['Headcount has come down to four since the reorg.'],
  ['The old forecast error was 31% before anyone looked at it.'],
];

describe('after states the rules were written from', () => {
  it.each(WRITTEN_FROM)('reads %s', (text, section) => {
    expect(outcome(text, section)).toBe(true);
  });

  it('still misses a degree between the verb and its particle', () => {
    for (const [text, section] of WRITTEN_FROM_MISSED) expect(outcome(text, section)).toBe(false);
  });

  it.each(WRITTEN_FROM_NEAR)('leaves the near miss %s', (text, section) => {
    expect(outcome(text, section)).toBe(false);
  });
});

describe('after states put aside before the rules were written', () => {
  it.each(ASIDE.filter(([text]) => !ASIDE_MISSED.has(text)))('reads %s', (text, section) => {
    expect(outcome(text, section)).toBe(true);
  });

  it('catches at least 9 of the 14', () => {
    expect(ASIDE.filter(([text, section]) => outcome(text, section)).length).toBeGreaterThanOrEqual(9);
  });

  it.each(ASIDE_NEAR)('leaves the near miss %s', (text, section) => {
    expect(outcome(text, section)).toBe(false);
  });
});

describe('the shapes one at a time', () => {
  it('reads a thing stopped by a negation and "anymore", not a means denied or the writer', () => {
    expect(outcome('Nobody drives back to the yard for the paperwork anymore.')).toBe(true);
    expect(outcome("Operators don't have to stay late anymore.")).toBe(true);
    expect(outcome("The old scanner isn't supported anymore.")).toBe(false);
    expect(outcome("I don't worry about the audit anymore.")).toBe(false);
  });

  it('reads a present perfect anchored by "since" to the act, not a date or a past perfect', () => {
    expect(outcome('The platform has shipped every quarter since.')).toBe(true);
    expect(outcome('The service has run on the same rack since 2015.')).toBe(false);
    expect(outcome('Nobody had opened the cupboard since the audit.')).toBe(false);
  });

  it('reads time given back to others, not to the writer', () => {
    expect(outcome('The night nurses got their breaks back.')).toBe(true);
    expect(outcome('I got my deposit back.')).toBe(false);
  });

  it("reads a trouble's amount now, not a size", () => {
    expect(outcome('Waste is now a few trays a week.')).toBe(true);
    expect(outcome('The team is now a few people short.')).toBe(false);
  });

  it('reads a named grade moved up, not names with no valence', () => {
    expect(outcome("Took the unit from 'Requires Improvement' to 'Good'.")).toBe(true);
    expect(outcome("Moved the page from 'Draft' to 'Published'.")).toBe(false);
    expect(outcome('Switched the team from Jira to Linear.')).toBe(false);
  });
});
