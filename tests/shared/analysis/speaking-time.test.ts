import { describe, it, expect } from 'vitest';
import { lengthVerdict, speakingTime } from '#shared/analysis/rules/marks/speaking-time';

describe('speaking time', () => {
  it('gives a range from 150 wpm (fast) to 130 wpm (slow)', () => {
    expect(speakingTime(300)).toEqual({ minSeconds: 120, maxSeconds: 138 });
    expect(speakingTime(0)).toEqual({ minSeconds: 0, maxSeconds: 0 });
  });

  it('judges length against the 1.5–2 minute target, warning past 3 minutes', () => {
    expect(lengthVerdict(speakingTime(0))).toBe('empty');
    expect(lengthVerdict(speakingTime(120))).toBe('short');
    expect(lengthVerdict(speakingTime(250))).toBe('on-target');
    expect(lengthVerdict(speakingTime(350))).toBe('long');
    expect(lengthVerdict(speakingTime(460))).toBe('too-long');
  });
});
