// After values told as a count or an ordinal in a before → after (RUBRIC-NOTES: counts and ordinals as
// after values): "one", "a single" and a pair of ordinal points or tries measure the change; ordinals and
// "one" that name places, people or steps in turn measure nothing.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const metric = (text: string, section?: 'action' | 'result') => sentenceFacts(text, section).hasMetric;

describe('"one" and "a single" as the end a change reached', () => {
  it('reads the after value of a counted from-clause', () => {
    expect(metric('I cut the weekly report from 14 tabs to one page.', 'action')).toBe(true);
    expect(metric('Took the intake form from 3 pages down to one.')).toBe(true);
    expect(metric('Merged the tickets from four inboxes to a single queue.', 'action')).toBe(true);
    expect(metric('Jams went from several a night to one a week.', 'result')).toBe(true);
  });

  it('leaves "one" that names people, places or turns', () => {
    expect(metric('I handed the cases from one nurse to another at shift change.', 'action')).toBe(false);
    expect(metric('I moved the claims from one queue to the other.', 'action')).toBe(false);
    expect(metric('I owned the migration from day one to go-live.', 'action')).toBe(false);
  });
});

describe('two ordinal points compared', () => {
  it('reads points of a span or tries as the two ends of a change', () => {
    expect(metric('Close is now done by the third working day instead of the tenth.', 'result')).toBe(true);
    expect(metric('The close moved from the tenth working day to the third.', 'result')).toBe(true);
    expect(metric('Pours now pass on the first visit rather than the third.', 'result')).toBe(true);
  });

  it('leaves ordinals of places, steps and calendar points', () => {
    expect(metric('I moved the team from the second floor to the third.', 'action')).toBe(false);
    expect(metric('I walked each hire through it from the first step to the last.', 'action')).toBe(false);
    expect(metric('I moved the demo from the first week of the month to the second.', 'action')).toBe(false);
  });
});

describe('two numbered points compared', () => {
  it('reads numbered days, weeks or hours compared as the two ends of a change', () => {
    expect(metric('Close now finishes on day 3 instead of day 10.', 'result')).toBe(true);
    expect(metric('Cut vendor onboarding from week 6 to week 2.')).toBe(true);
    expect(metric('Results reach the ward by hour two rather than hour six.', 'result')).toBe(true);
  });

  it('leaves a span of a plan or a duty', () => {
    expect(metric('I owned the onboarding plan from day 1 to day 90.', 'action')).toBe(false);
    expect(metric('I ran the pilot from week 1 to week 6.', 'action')).toBe(false);
  });
});

describe('a count told now beside the count it replaced', () => {
  it('reads both as the ends of a change', () => {
    expect(metric('I reworked it so a claim now passes through two hand-offs instead of five.', 'action')).toBe(true);
    expect(metric('I changed the template so a quote now takes one sign-off instead of four.', 'action')).toBe(true);
    expect(metric('I rebuilt the rota so each nurse now covers one ward, down from three.', 'action')).toBe(true);
  });

  it('leaves counts compared as a choice', () => {
    expect(metric('I used two vendors rather than one to spread the risk.', 'action')).toBe(false);
    expect(metric('I picked three pilot wards instead of five to keep it small.', 'action')).toBe(false);
  });
});
