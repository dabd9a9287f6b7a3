// An after value with its past value in a bracket right behind it (past-count-comparisons.ts
// BRACKETED_PAST_VALUE_RULE): "NPS 71 (previous year 52)" is a before → after told without a verb
// (RUBRIC.md before/after values), an outcome. Sentences written for this file.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('a past value in a bracket after the value', () => {
  it('reads the past marker first or the count first, with a unit or a share', () => {
    expect(outcome('Visitor satisfaction 88 (previous year 74)')).toBe(true);
    expect(outcome('On-time dispatch 97% (last year 89%)')).toBe(true);
    expect(outcome('On-time dispatch 97% (89% the year before)')).toBe(true);
    expect(outcome('Median turnaround 2.5 days (prior quarter 4 days)')).toBe(true);
  });

  it('leaves brackets that hold a date, a role, a place or a year set against a year', () => {
    expect(outcome('Volunteer handbook (last updated 2024)')).toBe(false);
    expect(outcome('Shift supervisor (previous role: picker)')).toBe(false);
    expect(outcome('Pricing review 2025 (prior year 2024)')).toBe(false);
    expect(outcome('Ran the 2024 fair (previous year in Derby)')).toBe(false);
    expect(outcome('Onboarded 14 new starters (last cohort)')).toBe(false);
  });
});
