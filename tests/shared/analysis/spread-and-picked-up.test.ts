// The base the work reached (RUBRIC-NOTES, populations versus results): the counted agent of "picked up
// by" after an adverb of later time, the whole set of units the work was carried to ("rolled it to all
// 12 doors"), and a passive agent no plan part takes over ("adopted by 5 product squads"). Sentences
// written for this file; each shape has its near misses.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

type Section = 'action' | 'result' | 'situation';
const flags = (text: string, section?: Section) => {
  const f = sentenceFacts(text, section);
  return { metric: f.hasMetric, scale: f.hasScale, outcome: f.hasOutcome };
};

describe('"picked up by" a count after an adverb of later time', () => {
  it('is the base the work reached: metric, scale and outcome', () => {
    expect(flags('Drafted the visiting policy, soon picked up by three other care homes')).toEqual({
      metric: true,
      scale: true,
      outcome: true,
    });
    expect(flags('Wrote the intake form, later picked up by the other two clinics').scale).toBe(true);
  });

  it('leaves a rise and a collection alone', () => {
    expect(flags('Bookings picked up by 3 points after the redesign').scale).toBe(false);
    expect(flags('The boxes were picked up by 3 couriers', 'situation').scale).toBe(false);
  });
});

describe('the whole set of units the work was carried to', () => {
  it('sizes the reach: scale, and a metric for units no list names', () => {
    // The manager carrying the work on is others' uptake (RUBRIC-NOTES adoption; others-reaction-outcomes.ts).
    expect(flags('The area manager rolled it to all 9 surgeries.', 'result')).toEqual({
      metric: true,
      scale: true,
      outcome: true,
    });
    expect(flags('The head funded it for the other 4 classrooms.', 'result').scale).toBe(true);
    expect(flags('The head funded it for the other 4 classrooms.', 'result').metric).toBe(true);
    expect(flags('Operations made the checklist standard for all five kitchens.', 'result').scale).toBe(true);
  });

  it('needs the whole set and a verb of spreading', () => {
    // No "all" or "the other": a unit of the story.
    expect(flags('The area manager rolled it to 2 kitchens.', 'result').scale).toBe(false);
    // No verb of spreading: the work done for them.
    expect(flags('I cooked lunch for all five kitchens.', 'action').scale).toBe(false);
    // People are not units the work spread to.
    expect(flags('Rolled the course out to the other two nurses').scale).toBe(false);
  });
});

describe('a passive agent after a hyphenated modifier', () => {
  it('stays the base reached, not a part of a plan', () => {
    expect(flags('Wrote a design-led review process adopted by 4 product squads')).toEqual({
      metric: true,
      scale: true,
      outcome: true,
    });
  });

  it('leaves parts a plan was laid out in as configuration', () => {
    expect(flags('Designed the rollout in 3 squads').metric).toBe(false);
  });
});
