// Counts of the places and groups the work reached, told in the present after "now"
// (quantity-subjects.ts), and things able to work on their own (state-outcomes.ts). Sentences written
// for this file.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

type Section = 'situation' | 'action' | 'result';
const flags = (text: string, section?: Section) => {
  const f = sentenceFacts(text, section);
  return { claim: f.isClaim, metric: f.hasMetric, scale: f.hasScale, outcome: f.hasOutcome };
};

describe('the places and groups the work reached', () => {
  it('reads the places after "now used on/in/across" as a counted base reached', () => {
    expect(flags('The handover sheet is now used on all five medical wards.', 'result')).toMatchObject({
      metric: true,
      outcome: true,
    });
    expect(flags('The stock template is now used across 7 depots.', 'result').metric).toBe(true);
  });

  it('reads a counted subject whose verb after "now" takes an object as adopters', () => {
    expect(flags('Three other surgeries in the area now run the same clinic.', 'result')).toMatchObject({
      metric: true,
      outcome: true,
    });
    expect(flags('Four branches now follow our opening checklist.', 'result').metric).toBe(true);
  });

  it('leaves an adjective after "now", a bare "used on" and the setup unmeasured', () => {
    expect(flags('Two apprentices now confident enough to wire a board alone.', 'result').scale).toBe(false);
    expect(flags('The sheet was used on two wards during the trial.', 'action').metric).toBe(false);
    expect(flags('Three other surgeries in the area now run the same clinic.', 'situation').metric).toBe(false);
  });
});

describe('on their own', () => {
  it('reads people working without the writer as a reached state', () => {
    expect(flags('The new starters were closing simple tickets on their own.', 'result').outcome).toBe(true);
    expect(flags('I trained two planners who can now build the rota on their own.', 'action').outcome).toBe(true);
  });

  it('reads what a built thing is able to do as its function', () => {
    expect(flags('I broke the import into jobs that can restart on their own.', 'action').outcome).toBe(false);
    expect(flags('I added valves which could close by themselves.', 'action').outcome).toBe(false);
  });
});
