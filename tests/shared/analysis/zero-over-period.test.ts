// A count of none over a period (RUBRIC.md zero counts, RUBRIC-NOTES): read by its shape, whatever is
// counted; what the work lacked counts nothing.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

describe('a count of none over a period', () => {
  it('is a metric and an outcome whatever it counts', () => {
    for (const [text, section] of [
      ['Not one stockout in Q4 after the reorder points were reset.', 'result'],
      ['No Sev1s in the nine months since the cutover.', undefined],
      ['Zero payroll reruns since go-live.', undefined],
      ['Not a single exclusion that term.', 'result'],
      ['No falls on the ward in the six months after.', 'result'],
      ['Since go-live, no invoices have gone out late.', 'result'],
    ] as const) {
      const facts = sentenceFacts(text, section);
      expect(facts.hasMetric, text).toBe(true);
      expect(facts.hasOutcome, text).toBe(true);
    }
  });

  it('counts nothing the work lacked, a kind of thing, or a none with no period', () => {
    for (const [text, section] of [
      ['I started with no budget and no analyst for the first quarter.', 'action'],
      ['I ran the pilot with no extra staff for two weeks.', 'action'],
      ['Zero-touch laptop onboarding for new starters since 2023.', undefined],
      ['There were no runbooks and no dashboards.', 'situation'],
      ['We shipped it with no tests.', 'action'],
      // The none picks which items the work took up: an inactivity pick, no result.
      ['Archived every Slack channel that had no messages for 90 days.', 'action'],
      ['Emailed everyone who had no orders in Q3 with a win-back offer.', 'action'],
    ] as const)
      expect(sentenceFacts(text, section).hasMetric, text).toBe(false);
  });
});
