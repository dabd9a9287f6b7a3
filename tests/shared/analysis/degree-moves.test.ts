// A verbless fall told with a degree (measure-move-outcomes.ts VERBLESS_MOVE_RULE): "fuel use well
// down", "empty running down noticeably", "regretted attrition way down vs last year". The degree on
// "down" makes the phrase a measure that fell, whatever its noun (RUBRIC.md: vague outcomes need no
// number). Sentences written for this file.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

type Section = 'situation' | 'task' | 'action' | 'result' | 'reflection';
const outcome = (text: string, section?: Section) => sentenceFacts(text, section).hasOutcome;

describe('a verbless fall with a degree', () => {
  it('reads a degree before or after "down" on a noun the lists do not hold', () => {
    expect(outcome('Switched the vans to route planning, diesel use well down')).toBe(true);
    expect(outcome('Part-loads down noticeably after I pooled the Friday orders')).toBe(true);
    expect(outcome('Changed the handover sheet; agency shifts way down since')).toBe(true);
  });

  it('reads a participle that modifies the measure at the phrase start', () => {
    expect(outcome('unplanned absence way down vs last year')).toBe(true);
    expect(outcome('- failed payments well down since the retry change')).toBe(true);
  });

  it('leaves a fall without a degree on an unknown noun, a verb with its object, and a Situation', () => {
    expect(outcome('Switched the vans to route planning, diesel use down')).toBe(false);
    expect(outcome('Turned the heating way down')).toBe(false);
    expect(outcome('Scaled the old fleet well down')).toBe(false);
    expect(outcome('Broke costs down by region for the board pack')).toBe(false);
    expect(outcome('Diesel use well down the list of worries', 'result')).toBe(false);
    expect(outcome('Footfall well down after the bypass opened.', 'situation')).toBe(false);
  });
});
