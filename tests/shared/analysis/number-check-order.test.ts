// Number checks that now read a cheap sign before their costly walk (speed, no output change): each
// still answers as before where the sign is there, in every case and spelling it may take.
import { describe, expect, it } from 'vitest';
import { findQuantities } from '#shared/analysis/rules/quantity/quantities';
import { tokenize } from '#shared/analysis/rules/language/tokenize';

const scan = (s: string) => findQuantities(s, tokenize(s));
const participants = (s: string) => scan(s).quantities.map((q) => [q.text, q.participants === true]);
const excluded = (s: string) => scan(s).excluded.map((e) => [e.text, e.reason]);

describe('one person told as the only one: the first letter is read first', () => {
  it('reads "one" and "1" in any case', () => {
    expect(participants('Only one nurse covered the night shift.')).toEqual([['one nurse', true]]);
    expect(participants('For weeks only ONE nurse covered the night shift.')).toEqual([['ONE nurse', true]]);
    expect(participants('Only 1 nurse covered the night shift.')).toEqual([['1 nurse', true]]);
  });

  it('leaves other counts to the other checks', () => {
    expect(participants('Only eleven nurses covered the night shift.')).toEqual([['eleven nurses', false]]);
  });
});

describe('a count in a relative clause on picked items: the relative word is found first', () => {
  it('still picks the items with one verb in the clause', () => {
    expect(excluded('I rang every tenant who had missed three rent payments in a row.')).toEqual([
      ['three rent payments', 'config'],
    ]);
  });

  it('still leaves the count of a main clause after a second verb', () => {
    expect(excluded('The team that I led shipped more than 30 releases.')).toEqual([]);
  });
});

describe('a problem\'s age: the ending verb is read only before "of"', () => {
  it('still reads an ended problem and a lasting one', () => {
    expect(excluded('We ended two years of debate over the rota.')).toEqual([['two years', 'age']]);
    expect(excluded('The bug had been open for three years.')).toEqual([['three years', 'age']]);
  });

  it('still keeps material gone through', () => {
    expect(excluded('I read two years of escalations.')).toEqual([]);
  });
});
