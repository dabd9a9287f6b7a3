// quantity-terms.ts and the inactivity pick of quantity-thresholds.ts: a duration that sets a trial's
// length, an agreement's term, a delivery offered or which items a rule picks is no metric.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const metric = (text: string, section?: 'action' | 'result' | 'situation') => sentenceFacts(text, section).hasMetric;

describe('durations that set a term, a trial or a pick', () => {
  it('reads a trial length, an agreement term and a delivery offered as no metric', () => {
    expect(metric('We ran the test for 2 weeks and saw no drop.', 'result')).toBe(false);
    expect(metric('They renewed for another 2 years.', 'result')).toBe(false);
    expect(metric('The board extended the contract for three years.', 'result')).toBe(false);
    expect(metric('I offered them a daily batch within two weeks, and they took it.', 'result')).toBe(false);
    expect(metric('Renewed for a further 6 months')).toBe(false);
  });

  it('reads an inactivity pick as a threshold', () => {
    expect(metric("Re-engaged customers who hadn't ordered in 90 days")).toBe(false);
    expect(metric('Archived every Slack channel that had no messages for 90 days.', 'action')).toBe(false);
  });

  it('keeps effort spans, the time a result took and before values', () => {
    expect(metric('Debugged the flaky test for 3 days.', 'action')).toBe(true);
    expect(metric('We shipped the fix within two weeks.', 'result')).toBe(true);
    expect(metric('I worked nights for two weeks to clear the backlog.', 'action')).toBe(true);
    expect(metric("The ward hadn't had an audit for three years.", 'situation')).toBe(true);
  });
});
