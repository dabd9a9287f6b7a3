// A Result told as the state the problem is in (result-states.ts): sentences written for this test in several
// voices, none from a judged set.
import { describe, it, expect } from 'vitest';
import { stateAfterWork } from '#shared/analysis/signals/result-states';

describe('a Result told as the state the problem is in', () => {
  it.each([
    'Missed handovers became rare on the night shift.',
    'Complaints about the hold music stopped.',
    'No invoice has been paid twice since the change.',
    'We had no stockouts of the school uniform in September.',
    'The spring term ran without the usual timetable clashes.',
    'Escalations to the duty manager became much less common.',
  ])('reads "%s" as a state after the work', (text) => {
    expect(stateAfterWork(text)).toBe(true);
  });

  it.each([
    'The site was back online within the hour.',
    'The new screens shipped in one quarter.',
    'Escalations fell to 3 a week.',
    'The billing lead now reviews new API designs with us.',
    'I learned to ask the night staff first.',
  ])('reads "%s" as no such state', (text) => {
    expect(stateAfterWork(text)).toBe(false);
  });
});
