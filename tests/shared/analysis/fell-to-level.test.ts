// A fall or a rise told only by its end value (measure-move-outcomes.ts FELL_TO_LEVEL_RULE): "went
// down to" / "came down to" / "went up to" before a measured level is an outcome.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string, section: 'action' | 'result' | undefined = 'result') =>
  sentenceFacts(text, section).hasOutcome;

describe('a fall or rise told by its end value', () => {
  it('reads a measure gone down or up to a share, a time, a rate or money', () => {
    expect(outcome('Missed appointments went down to 4% by the end of term.')).toBe(true);
    expect(outcome('The wait for a bed came down to under two hours.')).toBe(true);
    expect(outcome('Repeat visits went down to about two a week.')).toBe(true);
    expect(outcome('Attendance at the evening class went up to 90%.')).toBe(true);
    expect(outcome('Stock write-offs went down to £300 a month.', undefined)).toBe(true);
  });

  it('leaves a trip, a group or a choice cut to a count, a level with no number, and the writer going somewhere', () => {
    expect(outcome('Turnaround on a repair went down to a day.', 'action')).toBe(false);
    expect(outcome('We went down to the depot twice a week.', 'action')).toBe(false);
    expect(outcome('The crew went down to three people over the summer.')).toBe(false);
    expect(outcome('The shortlist went down to two suppliers.')).toBe(false);
    expect(outcome('The site manager went up to the fourth floor with the plans.')).toBe(false);
  });

  it('leaves a trouble going up and a risen measure going down', () => {
    expect(outcome('Late deliveries went up to 9% that winter.')).toBe(false);
    expect(outcome('Attendance went down to 70% over the winter.')).toBe(false);
  });

  it('gives no outcome in the setup', () => {
    expect(sentenceFacts('Missed appointments went down to 4% by the end of term.', 'situation').hasOutcome).toBe(
      false,
    );
  });
});
