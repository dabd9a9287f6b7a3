// Lists in one cell: separators people use, and our exports' escaping.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinList, splitList } from '#shared/interchange/index';

describe('list fields', () => {
  it('split on ; | newline or , (the first that appears)', () => {
    expect(splitList('Ownership; Deliver results')).toEqual(['Ownership', 'Deliver results']);
    expect(splitList('a | b|c')).toEqual(['a', 'b', 'c']);
    expect(splitList('a, b,,c ')).toEqual(['a', 'b', 'c']);
    expect(splitList('Acme, Inc.; Globex')).toEqual(['Acme, Inc.', 'Globex']);
    expect(splitList('- one\n- two'.replace(/- /g, ''))).toEqual(['one', 'two']);
    expect(splitList('')).toEqual([]);
  });

  it('join so that splitting gives the same items back', () => {
    expect(joinList(['Acme, Inc.'])).toBe('Acme, Inc.;');
    fc.assert(
      fc.property(
        fc.array(
          fc
            .string({ minLength: 1 })
            .map((s) => s.replace(/[\r\n]/g, ' ').trim())
            .filter((s) => s.length > 0),
        ),
        (items) => {
          expect(splitList(joinList(items))).toEqual(items);
        },
      ),
      { numRuns: 500 },
    );
  });
});
