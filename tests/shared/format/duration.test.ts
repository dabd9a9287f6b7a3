import { describe, expect, it } from 'vitest';
import { clockText, spokenDuration } from '#shared/format/duration';

describe('durations', () => {
  it('shows m:ss with minutes past an hour', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(95)).toBe('1:35');
    expect(clockText(3725)).toBe('62:05');
  });

  it('counts whole seconds elapsed the same way in both forms (179.6 s is 2:59, never 3:00)', () => {
    expect(clockText(179.6)).toBe('2:59');
    expect(spokenDuration(179.6)).toBe('2 min 59 s');
    expect(clockText(59.99)).toBe('0:59');
  });

  it('says minutes and seconds in words', () => {
    expect(spokenDuration(40)).toBe('40 s');
    expect(spokenDuration(120)).toBe('2 min');
    expect(spokenDuration(95)).toBe('1 min 35 s');
  });

  it('never shows a negative or broken duration', () => {
    expect(clockText(-3)).toBe('0:00');
    expect(clockText(Number.NaN)).toBe('0:00');
    expect(spokenDuration(Number.POSITIVE_INFINITY)).toBe('0 s');
  });
});
