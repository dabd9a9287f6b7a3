// A negated event after the work is a count of none (RUBRIC.md zero counts), told with a verb.
import { describe, it, expect } from 'vitest';
import { isNegatedSinceCount } from '#shared/analysis/rules/figures/zero-since';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { tokenize } from './helpers';

const words = (s: string) => tokenize(s).filter((t) => t.kind !== 'symbol');

describe('negated events since the work', () => {
  it('reads a negated event with a marker of the time after the work as a count of none', () => {
    expect(isNegatedSinceCount(words("The nightly sync hasn't dropped a record since the rewrite."))).toBe(true);
    expect(isNegatedSinceCount(words('Since then the report has not been late once.'))).toBe(true);
    expect(isNegatedSinceCount(words('The pager never woke anyone again.'))).toBe(true);
  });

  it('needs the time after the work, a past event, and no causal "since"', () => {
    expect(isNegatedSinceCount(words('The old job did not log its errors.'))).toBe(false);
    expect(isNegatedSinceCount(words('The team did not have a rollback plan since the start.'))).toBe(false);
    expect(isNegatedSinceCount(words('Since the job did not log errors, we guessed.'))).toBe(false);
  });

  it('gives a Result sentence that tells it a metric, so it gets no "no number" mark', () => {
    const facts = sentenceFacts("The nightly sync hasn't dropped a record since the rewrite.", 'result');
    expect(facts.hasOutcome).toBe(true);
    expect(facts.hasMetric).toBe(true);
  });
});
