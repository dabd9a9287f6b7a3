// Counts of none by shape (negated-counts.ts, zero-subject.ts): a negated event verb with a countable
// object over a period, a negated perfect's own event before "since", "never" + a trouble state after
// the work, and a negative subject with a countable object or a partitive trouble in any clause order.
// RUBRIC.md: zero counts are metrics and usually outcomes, and the writer's result. Each positive has
// its near-miss: the setup, a lack, a state, a confession with no period. Sentences written for this file.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

type Section = 'situation' | 'task' | 'action' | 'result' | 'reflection';
const flags = (text: string, section?: Section) => {
  const f = sentenceFacts(text, section);
  return { claim: f.isClaim, metric: f.hasMetric, outcome: f.hasOutcome };
};
const counted = { claim: true, metric: true, outcome: true };
const nothing = { claim: false, metric: false, outcome: false };

describe('a count of none told by a negated event verb', () => {
  it('reads did not / never / has not + any event verb + a countable object over a period', () => {
    expect(flags("The kitchen didn't turn away a booking all through December.", 'result')).toEqual(counted);
    expect(flags('Our crew never lost a parcel in the six weeks after the move.', 'result')).toEqual(counted);
    expect(flags('The clinic did not cancel a single appointment that quarter.', 'result')).toEqual(counted);
    expect(flags('That spring the new press has not jammed a sheet.', 'result')).toEqual(counted);
    // A typographic apostrophe and a resume line with no section.
    expect(flags('Depot didn’t miss a collection slot for the rest of the year')).toEqual(counted);
  });

  it('leaves the setup, a lack and a confession: a state verb, a modal, a past perfect, or no period', () => {
    for (const [text, section] of [
      ["We didn't have a rota for the weekend team in those months.", 'action'],
      ["I didn't write a design doc for the first version.", 'action'],
      ['I never used a profiler before this job.', 'reflection'],
      ["I haven't lost a bag since the spring.", 'result'],
      ["We couldn't hire a tester that year.", 'action'],
      ["The team hadn't run a fire drill for years.", 'situation'],
      ["We didn't know a single supplier in the region that spring.", 'action'],
    ] as const)
      expect(flags(text, section).metric, text).toBe(false);
  });
});

describe('a negated perfect with no object before "since"', () => {
  it("reads the perfect's own event, a hyphenated verb too", () => {
    expect(flags("We haven't over-ordered since the new forecast went live.", 'result')).toEqual(counted);
    expect(flags('The night shift has not double-counted since April.', 'result')).toEqual(counted);
  });

  it('leaves a lack of change and a perfect followed by an object', () => {
    expect(flags("Footfall hasn't grown since the spring.", 'result').metric).toBe(false);
    expect(flags("We haven't reordered the shelves since the refit.", 'result').metric).toBe(false);
  });
});

describe('"never" + a trouble state after the work', () => {
  it('reads "is/are/was never late/short" with "now", "since" or a period', () => {
    expect(flags('Payslips are never late now.')).toEqual(counted);
    expect(flags('The float was never short in the months after the change.', 'result')).toEqual(counted);
  });

  it('leaves a trouble state with no time after the work, and a state that is no trouble', () => {
    expect(flags('The buses were never late.', 'situation')).toEqual(nothing);
    expect(flags('The manager is never late.', 'reflection').metric).toBe(false);
    expect(flags('The shop is never busy now.', 'result').metric).toBe(false);
  });
});

describe('a negative subject with no period', () => {
  it('reads an event with a countable object in a second clause, and a partitive group whose trouble is told', () => {
    expect(
      flags('Volunteers took over about half the calls in May and nobody filed a single complaint.', 'result').metric,
    ).toBe(true);
    expect(flags('We moved every tenant to the new portal and no one lost a payment.', 'result')).toEqual(counted);
    expect(flags('The firmware went out to the fleet and none of the 40 vans crashed.')).toEqual(counted);
  });

  it('leaves a setup with no countable object and a partitive with no trouble', () => {
    for (const [text, section] of [
      ['Nobody knew why the numbers moved.', 'situation'],
      ['Nobody answered the phone after six.', 'action'],
      ['We asked the stores and none of the managers replied.', 'action'],
      ['No one had a budget for it.', 'action'],
    ] as const)
      expect(flags(text, section).metric, text).toBe(false);
  });
});
