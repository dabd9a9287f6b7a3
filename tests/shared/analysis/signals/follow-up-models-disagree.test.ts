// Two models that disagree on some cases are no people in conflict (follow-up-cues.ts): sentences written for this
// test in several voices, none from a judged set.
import { describe, it, expect } from 'vitest';
import { conflictCue } from '#shared/analysis/signals/follow-up-cues';

describe('models that disagree', () => {
  it.each([
    'I ran the old and the new model side by side and listed every claim where they disagreed.',
    'We scored a week of orders with both classifiers and reviewed the cases on which both disagreed with the label.',
    'I kept both versions live for a fortnight and read every ticket where the two disagreed.',
  ])('reads "%s" as no conflict to ask about', (text) => {
    expect(conflictCue(text)).toBeUndefined();
  });

  it('still reads people who disagreed', () => {
    expect(conflictCue('The ward manager and I disagreed about the night round.')).toBeDefined();
    expect(conflictCue('I showed the leads every case where they disagreed with the policy.')).toBeDefined();
  });
});
