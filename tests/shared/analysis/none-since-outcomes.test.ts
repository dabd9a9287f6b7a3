// A count of none told with a negated present perfect and a marker of the time after the work
// (none-since-outcomes.ts): a metric (RUBRIC.md zero counts), an outcome, and the writer's claim.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const flags = (text: string, section?: 'situation' | 'action' | 'result' | 'reflection') => {
  const f = sentenceFacts(text, section);
  return { claim: f.isClaim, metric: f.hasMetric, outcome: f.hasOutcome };
};
const counted = { claim: true, metric: true, outcome: true };

describe('a count of none told with a negated perfect', () => {
  it('reads "haven\'t had / lost / seen a … since" as a counted none, with "we" as the subject', () => {
    expect(flags("We haven't had a flooded basement since.", 'result')).toEqual(counted);
    expect(flags("We haven't lost a wholesale customer since the new rounds.", 'result')).toEqual(counted);
    expect(flags('The clinic has not seen a single double booking again.', 'result')).toEqual(counted);
    expect(flags("There hasn't been a late invoice since.", 'result')).toEqual(counted);
  });

  it('reads it on a line with no section and in an Action', () => {
    expect(flags("We haven't missed a delivery slot since the change.")).toEqual(counted);
    expect(flags("We haven't missed a delivery slot since the change.", 'action')).toEqual(counted);
  });

  it('needs the time after the work: without it, the sentence tells the setup', () => {
    expect(flags("We haven't had a proper budget for the library.", 'result').outcome).toBe(false);
    expect(flags('We have never had a written rota.', 'action').outcome).toBe(false);
  });

  it("leaves the writer's own lack and a state unread", () => {
    expect(flags("I haven't had a weekend off since.", 'result').outcome).toBe(false);
    expect(flags("The ward hasn't been busy since.", 'result').metric).toBe(false);
  });

  it('keeps the setup and a lesson no claim', () => {
    expect(flags("We haven't had a flooded basement since.", 'situation')).toEqual({
      claim: false,
      metric: false,
      outcome: false,
    });
    expect(flags("We haven't had a flooded basement since.", 'reflection').claim).toBe(false);
  });
});
