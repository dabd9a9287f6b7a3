// quantity-handled-load.ts: a count per period that the writer's own verb governs, with the writer as
// its subject, measures the writer's effort (metric, no scale); the load of a team, a place or a
// system keeps sizing the context (RUBRIC-NOTES "The writer's own handled load", session 23).
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const facts = (text: string, section?: 'action' | 'result' | 'situation') => {
  const f = sentenceFacts(text, section);
  return { metric: f.hasMetric, scale: f.hasScale };
};

describe("the writer's own handled load", () => {
  it('reads a per-period count the writer handled as a metric, not scale', () => {
    expect(facts('Fielded about 35 supplier queries a day from the returns inbox')).toEqual({
      metric: true,
      scale: false,
    });
    expect(facts('I answered 70 to 90 parent emails a week during term.', 'action')).toEqual({
      metric: true,
      scale: false,
    });
    expect(facts('Triaged between 20 and 30 maintenance requests per shift')).toEqual({ metric: true, scale: false });
    expect(facts('Night receptionist: handled around 40 check-ins a night')).toEqual({ metric: true, scale: false });
    expect(facts('I now review 15 loan files a week myself.', 'action')).toEqual({ metric: true, scale: false });
  });

  it('reads "an average of N" a period as the load itself', () => {
    expect(facts('Settled an average of 18 motor claims a week')).toEqual({ metric: true, scale: false });
    expect(facts('I marked a mean of 40 scripts a day in the exam window.', 'action')).toEqual({
      metric: true,
      scale: false,
    });
    // The team's or the place's average stays its size; "a backlog of" is no average.
    expect(facts('We cleared an average of 600 parcels a day at the depot.', 'situation').scale).toBe(true);
    expect(facts('The clinic saw an average of 90 patients a day.', 'situation')).toEqual({
      metric: false,
      scale: true,
    });
  });

  it("keeps a team's, a place's or a system's load as scale", () => {
    expect(facts('We handled about 900 refund requests a week as a team of six.', 'situation').scale).toBe(true);
    expect(facts('Ran the late shift at a sorting hub handling 25,000 parcels a day')).toEqual({
      metric: false,
      scale: true,
    });
    expect(facts('The helpline answered roughly 1,500 calls a week.', 'situation').scale).toBe(true);
    expect(facts('Built a Flink job that processed 400 payment events a second').scale).toBe(true);
  });

  it('keeps a pipeline-sized count per period as scale, whoever runs it', () => {
    expect(facts('Processed 3M sensor readings a day with a Spark job').scale).toBe(true);
    expect(facts('Reviewed 45,000 transactions a month for the fraud desk').scale).toBe(true);
  });
});
