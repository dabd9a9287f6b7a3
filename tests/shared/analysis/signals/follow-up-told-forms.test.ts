// What a story already tells, read from the form of its clause (follow-up-cues.ts, senior-probe-cues.ts): a
// safeguard told in the passive, a failure inside a "when" clause of the setup (it kept happening), a closing line
// that says what the writer would do differently, and "never used" whose subject is not the writer. Sentences
// written for this test in several voices, none from a judged set.
import { describe, it, expect } from 'vitest';
import { LESSON_STATED, PREVENTION, recurringFailure } from '#shared/analysis/signals/follow-up-cues';
import { rampUpCue } from '#shared/analysis/signals/senior-probe-cues';

describe('what a story already tells, by the form of the clause', () => {
  it.each([
    'A row-count check was added to the pipeline the following week.',
    'Two alerts were introduced on the queue depth.',
    'A regression guard has been put in for every release since.',
  ])('reads "%s" as the change made so it would not happen again', (text) => {
    expect(PREVENTION.test(text)).toBe(true);
  });

  it.each([
    'When it failed, the ward had to reorder stock by phone.',
    'Whenever the nightly sync broke, teachers lost the day’s marks.',
    'When our payroll feed went down, staff were paid late.',
  ])('reads "%s" as a failure that kept happening', (text) => {
    expect(recurringFailure(text)).toBe(true);
  });

  it('still reads a single outage as one event', () => {
    expect(recurringFailure('On Black Friday the checkout went down for two hours.')).toBe(false);
  });

  it.each([
    'would do differently: talk to the night staff before the pilot',
    'What I would do differently is ask finance for the old reports first.',
    "I'd do it differently next quarter: start with the two biggest stores.",
  ])('reads "%s" as a lesson told', (text) => {
    expect(LESSON_STATED.test(text)).toBe(true);
  });

  it('reads "never used" as the writer learning only when the writer is its subject', () => {
    expect(rampUpCue('I pulled every template and asked the nurses to mark the ones they never used.')).toBe(-1);
    expect(rampUpCue('I had never used Terraform, so I paired with the platform team.')).toBeGreaterThanOrEqual(0);
    expect(rampUpCue("I'd never worked with payroll data before this project.")).toBeGreaterThanOrEqual(0);
    expect(rampUpCue('- never used dbt before, I learned it in a week')).toBeGreaterThanOrEqual(0);
  });
});
