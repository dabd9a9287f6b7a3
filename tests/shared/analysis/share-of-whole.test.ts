// A share of the people taught or served given with its whole (RUBRIC-NOTES before values and people
// rules): "Eleven of the 27 students …" opens with a part and names the class. The whole sizes the class
// (scale). Sentences written for this file.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

type Section = 'result' | 'situation';
const flags = (text: string, section?: Section) => {
  const f = sentenceFacts(text, section);
  return { metric: f.hasMetric, scale: f.hasScale };
};

describe('a share of the people taught or served, with its whole', () => {
  it('sizes the class by its whole', () => {
    expect(flags('21 of the 28 learners passed the final assessment.', 'result')).toEqual({
      metric: true,
      scale: true,
    });
    expect(flags('Six of the 24 pupils in the group went up a reading band.', 'result').scale).toBe(true);
  });

  it('sizes the class in a Situation too', () => {
    expect(flags('Thirteen of the 31 pupils were reading below their age.', 'situation').scale).toBe(true);
  });

  it('leaves parts with no whole, and wholes of other things, as before', () => {
    // No whole: the part is a counted result.
    expect(flags('Two of the nurses I coached were promoted.', 'result').scale).toBe(false);
    // A whole of things, not people taught or served.
    expect(flags('18 of the 25 flaky tests were fixed that week.', 'result').scale).toBe(false);
    // A count of people in a Situation with no share stays context, no metric.
    expect(flags('The 31 pupils in my set were mostly new to the school.', 'situation').metric).toBe(false);
  });
});
