import { describe, expect, it } from 'vitest';
import { groupDigits } from '#shared/format/numbers';
import { LIMITS } from '#shared/domain/limits';

describe('groupDigits', () => {
  it("writes whole numbers as toLocaleString('en-US') does", () => {
    const cases = [0, 7, 42, 999, 1_000, 9_999, 10_000, 20_000, 123_456, 1_000_000, 98_765_432, -5, -1_234, -1_000_000];
    for (const n of [...cases, ...Object.values(LIMITS)]) expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
  });

  it('rounds a fraction to the nearest whole number', () => {
    expect(groupDigits(1234.6)).toBe('1,235');
    expect(groupDigits(999.4)).toBe('999');
  });
});
