// A figure under an assignment, wish or proposal lead is a target in every section (issue 11); the
// same figure reached after the lead keeps its metric.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

describe('figures under an assignment, wish or proposal lead', () => {
  it.each([
    ['Tasked with lowering freight spend by 12% this fiscal year.', undefined],
    ['Charged with moving first-call resolution from 60% to 75%.', undefined],
    ['I was asked to take the release cadence from 6 weeks to 2.', undefined],
    ['Suggested trimming the intake form from 40 fields to 15.', 'action'],
    ['We pitched raising the referral bonus from $500 to $1,500.', 'result'],
  ] as const)('%s: no metric, no outcome', (text, section) => {
    const facts = sentenceFacts(text, section);
    expect(facts.hasMetric).toBe(false);
    expect(facts.hasOutcome).toBe(false);
  });

  it.each([
    ['Lowered freight spend by 12% after being tasked with it.', undefined],
    ['Once asked to speed up releases, I took the cadence from 6 weeks to 2.', undefined],
    ['I was asked to speed up releases and took the cadence from 6 weeks to 2.', 'action'],
    ['Suggested and built an intake form that went from 40 fields to 15.', undefined],
  ] as const)('%s: the figure reached is a metric', (text, section) => {
    expect(sentenceFacts(text, section).hasMetric).toBe(true);
  });
});
