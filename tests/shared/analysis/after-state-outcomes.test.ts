// A state after the work told with no change verb (after-state-outcomes.ts): a comparative after a
// copula, its direction suiting the subject (less of a trouble or a wait, more of a quality) and anchored
// to the state before ("by about a third", "since …", "now", "than before", "than the year before");
// and "much/far less" of what a team does or wastes. Near misses: a description or an option with no
// anchor, a trouble that grew, a quality that fell, a negation, a goal, having less, "much less" as
// "let alone", a sum under a budget. Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('a comparative after a copula, anchored to the state before', () => {
  it('reads a measured difference, "since", "now" and a past period after "than"', () => {
    expect(outcome('Storage costs are lower by roughly a third.')).toBe(true);
    expect(outcome('Thanks to the new rota, overtime spend is lower by about 15 percent.')).toBe(true);
    expect(outcome('The on-call load is much lighter since we split the alert routing.')).toBe(true);
    expect(outcome('Turnaround is faster than it was last year.')).toBe(true);
    expect(outcome('Retention is higher by about 6 points.')).toBe(true);
  });

  it('leaves a description, an option, the wrong direction, a negation and a goal', () => {
    expect(outcome('The old system was much slower.')).toBe(false);
    expect(outcome('The other vendor is cheaper than ours.')).toBe(false);
    expect(outcome('The new model is faster than the old one.')).toBe(false);
    expect(outcome('The spare van is smaller than the others.')).toBe(false);
    expect(outcome('Costs are higher by 20% since the vendor change.')).toBe(false);
    expect(outcome('Revenue is lower by about 10 percent.')).toBe(false);
    expect(outcome('Costs are not lower since the change.')).toBe(false);
    expect(outcome('Our aim was for waits to be shorter than last year.')).toBe(false);
  });
});

describe('much less of what a team does or wastes', () => {
  it('reads a degree and "less" with the amount after a verb', () => {
    expect(outcome('The kitchen was wasting much less food by spring.')).toBe(true);
    expect(outcome('After the new labels we were binning far less stock.')).toBe(true);
  });

  it('leaves having less, "much less" as "let alone", a sum, and a wish', () => {
    expect(outcome('I had far less experience than the others.')).toBe(false);
    expect(outcome('I had never led a team, much less a department.')).toBe(false);
    expect(outcome('The budget was much less than we had asked for.')).toBe(false);
    expect(outcome('We wanted to throw away much less food.')).toBe(false);
  });
});
