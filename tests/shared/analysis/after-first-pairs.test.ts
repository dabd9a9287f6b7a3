// Before → after pairs in the forms a plain "from X to Y" reader misses: the after value told first
// and its before value after it ("64%, up from 41%", "now 12 min (was 45)"; quantity-changes.ts), a
// decimal comma ("97,1%"; quantity-lexicon.ts DIGIT_NUMBER) and an arrow pair whose after value is
// followed by "after" ("180ms → 45ms after the move"; quantity-exclusions.ts). Each is a measured
// change: a metric and an outcome. Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { flagString } from './helpers';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('the after value told first', () => {
  it('reads "…, up from X" and "(down from X)" after a figure, with words between', () => {
    expect(flagString('Crash-free sessions 99.6%, up from 97.1%')).toBe('CM.O');
    expect(outcome('GCSE maths: 71% grade 4+ in 2024, up from 52% in 2021')).toBe(true);
    expect(outcome('Repeat orders 38% last quarter (down from 45%) after the price change')).toBe(true);
    expect(outcome('On-time departures 93% by March, up from about 70% when I took the depot over')).toBe(true);
  });

  it('reads "(was X)" and ", was X" glossing the figure before it', () => {
    expect(outcome('Nightly build now 12 min (was 45)')).toBe(true);
    expect(outcome('Open defects under 30 at release, was ~120 in the spring')).toBe(true);
  });

  it('leaves a headcount that grew, a clause of its own and a lone "from"', () => {
    expect(outcome('Led a team of 9, up from 3 when I joined')).toBe(false);
    expect(outcome('Managed 12 engineers (up from 4)')).toBe(false);
    expect(outcome('Answered 30 calls on the first day, which was tiring')).toBe(false);
    expect(outcome('Ordered 40 crates from 3 suppliers')).toBe(false);
  });
});

describe('a decimal comma', () => {
  it('reads "97,1%" and "8,5 %" as one figure with a unit', () => {
    expect(flagString('Raised first-contact resolution from 81,5% to 88,2%')).toBe('CM.O');
    expect(sentenceFacts('Cut energy use by 8,5 % across the site').hasMetric).toBe(true);
    expect(sentenceFacts('Brought the nightly load from 4,5 hours to 40 min').hasOutcome).toBe(true);
  });

  it('keeps a comma before three digits a thousands mark and two bare numbers a list', () => {
    expect(sentenceFacts('Sold 1,500 season tickets').hasMetric).toBe(true);
    expect(sentenceFacts('Drove routes 12,41 and the night bus').hasMetric).toBe(false);
  });
});

describe('an arrow pair followed by "after"', () => {
  it('reads the after value as the end of the pair, not a point in time', () => {
    expect(outcome('p95 latency 180ms→45ms after moving the lookup in-process')).toBe(true);
    expect(outcome('Month-end close 6 days -> 3 days after the reconciliation rework')).toBe(true);
  });

  it('still reads a lone duration before "after" as a point in time', () => {
    expect(sentenceFacts('Shipped the patch 3 weeks after launch').hasMetric).toBe(false);
  });
});

describe('a before value brought to none', () => {
  it('reads "from X to none/nothing", with a hedge before the none', () => {
    expect(outcome('We went from about 12 hours of manual checks a week to almost none')).toBe(true);
    expect(outcome('Took chargebacks from 40 a month to nothing')).toBe(true);
  });

  it('leaves a period and a "none" with no before value', () => {
    expect(outcome('From 2019 to 2021 I led nothing of note')).toBe(false);
    expect(outcome('Moved the files to none of the shared drives')).toBe(false);
  });
});

describe('an amount less than the plan', () => {
  it('reads money spent less than budgeted or than the budget', () => {
    expect(outcome('We spent about £12,000 less on agency cover than the budget had allowed.')).toBe(true);
    expect(outcome('The refit came in £40k less than budgeted.')).toBe(true);
  });

  it('leaves an amount compared with others or more than planned', () => {
    expect(outcome('Paid £200 less than the other bidders for the van')).toBe(false);
    expect(outcome('Charged 5% more than the old supplier')).toBe(false);
  });
});
