// Word senses that look like results (ERROR-KINDS-S31-FRESH23, false outcomes): a technique's name in a
// bracket ("(gradient boosting)", cue-modifiers.ts fillsABracket) and "used to" as "accustomed to" ("until
// the others were used to it", adoption-outcomes.ts USED_RULE). Near misses: the same words telling a
// change or a use ("by boosting sign-ups", "is used to onboard every starter", "used by finance").
// Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('a technique named in a bracket', () => {
  it('reads no change in a short bracket ending in an -ing noun', () => {
    expect(outcome('Built a churn model for the retail bank (gradient boosting).')).toBe(false);
    expect(outcome('Set up the ingress tier (load balancing) for the clinic portal')).toBe(false);
  });

  it('keeps the -ing form that tells a change, inside or outside a bracket', () => {
    expect(outcome('Reworked the welcome emails (boosting sign-ups by a fifth)')).toBe(true);
    expect(outcome('Rewrote the onboarding, boosting sign-ups')).toBe(true);
    expect(outcome('Cut churn by 4 points by improving onboarding.')).toBe(true);
  });
});

describe('"used to" as "accustomed to"', () => {
  it('reads no adoption before a pronoun, a noun phrase or a gerund', () => {
    expect(outcome('I ran the closing checklist myself until the others were used to it')).toBe(false);
    expect(outcome('The new starters were used to the old till by then.')).toBe(false);
    expect(outcome('The team got used to working from the checklist.')).toBe(false);
  });

  it('keeps a use told with a purpose verb or an agent', () => {
    expect(outcome('Wrote the starter pack, which is used to onboard every new hire.')).toBe(true);
    expect(outcome('Built the stock dashboard, used by finance every morning.')).toBe(true);
  });
});
