// A sales honour named after a leader (recognition-outcomes.ts SALES_HONOUR_RULE): "President's
// Club 2022", "made President's Club twice" — an award by another name (RUBRIC.md: an award is an
// outcome). Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('a sales honour', () => {
  it('reads a leader’s club or circle, alone, with years or after a verb', () => {
    expect(outcome('President’s Club 2019, 2021')).toBe(true);
    expect(outcome('Qualified for Chairman’s Club three years running')).toBe(true);
    expect(outcome('CEO’s Circle for top regional seller')).toBe(true);
  });

  it('leaves the honour used to name a thing', () => {
    expect(outcome('Booked the President’s Club trip for the sales floor')).toBe(false);
    expect(outcome('Spoke to the president’s club members about pricing')).toBe(false);
  });
});
