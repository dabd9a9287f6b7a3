// Number roles of session 32, read in the number reader itself: a duration against a plan ("four days
// later than planned", "a week ahead of schedule") is how early or late the work came in, a measure;
// any other offset is a point in time. Sentences written for this file; each shape has its near miss.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

type Section = 'action' | 'result' | 'situation';
const metric = (text: string, section?: Section) => sentenceFacts(text, section).hasMetric;

describe('a duration against a plan', () => {
  it('is how early or late the work came in: a measure', () => {
    expect(metric('We opened the new ward five days later than planned.', 'result')).toBe(true);
    expect(metric('Handed the extension over two weeks earlier than promised')).toBe(true);
    expect(metric('Finished the stock take a day ahead of schedule')).toBe(true);
    expect(metric('Filed the accounts three weeks before the deadline')).toBe(true);
  });

  it('leaves a point in time and a comparison with another event an offset', () => {
    expect(metric('Two weeks later we moved the clinic to the new building.', 'action')).toBe(false);
    expect(metric('Started the hiring three months before the launch', 'action')).toBe(false);
    expect(metric('We opened the stall a week earlier than the bakery across the road.', 'result')).toBe(false);
  });
});
