import { describe, expect, it } from 'vitest';
import { localIsoDate, parseLocalDate } from '#shared/practice/calendar';

describe('calendar dates', () => {
  it('names the local calendar day, late in the evening and just after midnight alike', () => {
    expect(localIsoDate(new Date(2025, 11, 31, 23, 59))).toBe('2025-12-31');
    expect(localIsoDate(new Date(2026, 0, 1, 0, 1))).toBe('2026-01-01');
    expect(localIsoDate(new Date(2026, 2, 5, 12))).toBe('2026-03-05');
  });

  it('round-trips with parseLocalDate', () => {
    expect(localIsoDate(parseLocalDate('2026-07-09')!)).toBe('2026-07-09');
    expect(parseLocalDate('2026-13-40')).toBeUndefined();
  });
});
