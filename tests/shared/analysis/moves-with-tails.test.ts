// Moves told without a change verb, in their wider frames (measure-move-outcomes.ts,
// before-after-outcomes.ts): a copula before "down"/"up" ("complaints are down"), a comparison tail
// ("attrition down vs last year"), and a before value after "instead of" with its own modifiers
// ("in 10 days instead of the usual 3 months").
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string, section: 'action' | 'result' | 'situation' | undefined = undefined) =>
  sentenceFacts(text, section).hasOutcome;

describe('a measure linked to "down" or "up" by a copula', () => {
  it('reads a trouble that is down and a measure that is up, behind a bullet, a clause or a post-modifier', () => {
    expect(outcome('Repeat orders are up.')).toBe(true);
    expect(outcome('Reminders go out by text now, and repeat orders are up.')).toBe(true);
    expect(outcome('- complaints about parking are down')).toBe(true);
    expect(outcome('The waste of bread is down a lot.')).toBe(true);
    expect(outcome('returns were down again in May', 'result')).toBe(true);
  });

  it('leaves an outage, a trouble that is up, a measure that is down, a negation, a goal and a question', () => {
    expect(outcome('The booking site is down.')).toBe(false);
    expect(outcome('Errors are up.', 'situation')).toBe(false);
    expect(outcome('Sales were down that spring.', 'situation')).toBe(false);
    expect(outcome("Complaints aren't down.")).toBe(false);
    expect(outcome('We need complaints to be down.', 'action')).toBe(false);
    expect(outcome('Is attrition down?')).toBe(false);
    expect(outcome('The team is up to speed.')).toBe(false);
  });
});

describe('a verbless move with a comparison tail', () => {
  it('reads "vs", "compared with", "on last year" and "year on year" after the move', () => {
    expect(outcome('attrition down vs last year')).toBe(true);
    expect(outcome('Stockouts way down compared with the spring.')).toBe(true);
    expect(outcome('bookings up on last year')).toBe(true);
    expect(outcome('sales up year on year')).toBe(true);
  });

  it('leaves a move with a verb of the writer and a trouble that is up', () => {
    expect(outcome('broke costs down vs budget by region', 'action')).toBe(false);
    expect(outcome('complaints up vs last year', 'situation')).toBe(false);
  });
});

describe('a before value after "instead of" with its own modifiers', () => {
  it('reads a duration after a determiner or an adjective, singular or plural', () => {
    expect(outcome('Patients were seen in ten days instead of the usual three months.')).toBe(true);
    expect(outcome('refunds land within hours instead of next week')).toBe(true);
    expect(outcome('We closed the books in a few days instead of two weeks.')).toBe(true);
  });

  it('leaves a schedule set against another and a slip with no unit', () => {
    expect(outcome('We met every 2 weeks instead of every month.', 'action')).toBe(false);
    expect(outcome('We ran it every two weeks instead of once a month.', 'action')).toBe(false);
    expect(outcome('We took three weeks instead of the planned two.', 'result')).toBe(false);
  });
});
