// Plain scans that stand in for regular expressions on the number path (speed, no output change): each
// must answer as the expression it replaced on every input, so each is checked against it here.
import { describe, expect, it } from 'vitest';
import { isClauseMark } from '#shared/analysis/rules/language/tokenize';
import { digitsValue } from '#shared/analysis/rules/quantity/number-words';
import { endsAsPlural } from '#shared/analysis/rules/quantity/quantity-phrase';
import { holdsOther } from '#shared/analysis/rules/quantity/quantity-subjects';

/** Strings over a small alphabet that holds every character the scans read, up to `length` long. */
function stringsOver(alphabet: readonly string[], length: number): string[] {
  let level = [''];
  const all = [''];
  for (let n = 1; n <= length; n++) {
    level = level.flatMap((s) => alphabet.map((c) => s + c));
    all.push(...level);
  }
  return all;
}

describe('isClauseMark', () => {
  it('answers as /^[,;:.!?()]$/ for every single UTF-16 unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isClauseMark(ch) !== /^[,;:.!?()]$/.test(ch)) differ.push(c);
    }
    expect(differ).toEqual([]);
    expect(isClauseMark(',')).toBe(true);
  });

  it('answers no for longer texts and the empty one', () => {
    for (const text of ['', ',,', '.\n', '(a', '...', ', ']) expect(isClauseMark(text)).toBe(/^[,;:.!?()]$/.test(text));
  });
});

describe('digitsValue', () => {
  it('reads digits as Number reads them once the commas are gone', () => {
    for (const text of ['0', '30', '1,200', '1,200,000', '3.5', '12,5', ',', '', '1,,2', 'x', '007', '1e3', ' 4 '])
      expect(Object.is(digitsValue(text), Number(text.replace(/,/g, ''))), text).toBe(true);
  });
});

describe('endsAsPlural', () => {
  it('answers as /[^s]s$/', () => {
    for (const text of stringsOver(['s', 'S', 'a', '\n', 'é'], 4))
      expect(endsAsPlural(text), JSON.stringify(text)).toBe(/[^s]s$/.test(text));
  });
});

describe('holdsOther', () => {
  it('answers as /\\bother\\b/i', () => {
    const texts = [
      'other',
      'Other 6 wards',
      'the OTHER two',
      'another 3',
      'others',
      '3 other_',
      'other-2',
      'x other',
      'mother',
      'oth er',
      'OtHeR',
      'éother',
      'otherß',
      'ot\u0130her',
      '',
      '12 otherwise',
    ];
    for (const text of texts) expect(holdsOther(text), text).toBe(/\bother\b/i.test(text));
    for (const text of stringsOver(['other', 'O', 'x', ' ', '_', '9', 'é', 'ther'], 3))
      expect(holdsOther(text), JSON.stringify(text)).toBe(/\bother\b/i.test(text));
  });
});
