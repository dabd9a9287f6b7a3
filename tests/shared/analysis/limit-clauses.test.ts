// A limit the work had to respect (ERROR-KINDS-S17 kind 5: "latency had to stay under 200 ms") bounds what
// was allowed: its figure is neither metric nor scale, in every section. The same figure reached, with no
// obligation before it, keeps its metric.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

describe('figures under a limit the work had to respect', () => {
  it.each([
    ['Response times had to stay under 300 ms, so I cached the catalog.', 'action'],
    ['Each lesson had to fit within 40 minutes.', undefined],
    ['We could not go over 2 hours of downtime, so I rehearsed the cutover twice.', undefined],
    ['The policy was that no order ships more than 48 hours after payment.', undefined],
    ['The SLA said tickets must get a first reply within 4 hours.', 'situation'],
    ['The app had to stay below 200 MB on older phones.', 'action'],
  ] as const)('%s: no metric, no scale', (text, section) => {
    const facts = sentenceFacts(text, section);
    expect(facts.hasMetric).toBe(false);
    expect(facts.hasScale).toBe(false);
  });

  it.each([
    ['Kept p95 under 300 ms through the holiday peak.', undefined],
    ['Got first replies down to under 4 hours.', 'result'],
    ['I had to move 60 repositories in a week.', 'action'],
    ['We shipped the fix within 48 hours.', undefined],
  ] as const)('%s: the figure reached is a metric', (text, section) => {
    expect(sentenceFacts(text, section).hasMetric).toBe(true);
  });
});
