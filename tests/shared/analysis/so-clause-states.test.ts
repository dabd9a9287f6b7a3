// A so-clause that tells the state the act brought (purpose-outcomes.ts SO_BENEFIT_RULE): "so
// offboarding is now a single click", "so the app stayed up" — a benefit (RUBRIC.md purpose clauses).
// Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('a so-clause with a state reached', () => {
  it('reads "is/are now" and a service kept running', () => {
    expect(outcome('Put every form behind one login, so onboarding is now a ten-minute job')).toBe(true);
    expect(outcome('Migrated the tables in small batches so the booking site stayed online')).toBe(true);
  });

  it('leaves a trouble the act brought and the writer’s own next step', () => {
    expect(outcome('The vendor slipped, so the launch is now late')).toBe(false);
    expect(outcome('I was new so I stayed up late reading the code')).toBe(false);
  });
});
