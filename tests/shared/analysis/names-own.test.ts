// Session 38, task "names": numbers that name, date or label a thing rather than count it ("trench 4", "Ward
// 7B", "routes 12, 41", "JIRA-4471", "#inc-2231", "14/03/25", "03.2021 – 11.2023", "Sept '22"), read by one
// reader (rules/naming-numbers.ts, dates in rules/number-dates.ts), and counts of none one step off the shapes
// the zero readers knew ("three years without failing an audit", "nobody has been woken up since June").
//
// Every sentence below and in names-own*.jsonl is our own writing, made up for this test: none is a row of a
// writer set, and none was gathered from public text. The two fixture files were labeled and committed before
// any rule: names-own.jsonl (8 naming-number and 4 count-of-none families in archaeology, nursing, software,
// standards, dates, chat time stamps and farming, each with three one-step-off variants, and 4 near misses)
// was used while writing the rules; names-own-aside.jsonl (8 + 4 other families — routes, grades, rooms,
// model names, teams, legal sections, diary days, part numbers; losses, complaints, partitives, outages — and
// 4 near misses) was put aside and run once at the end.
import { describe, expect, it } from 'vitest';
import { itReadsOwnRows, ownRows } from './own-rows';
import { namingNumberAt } from '#shared/analysis/rules/quantity/naming-numbers';
import { tokenize } from '#shared/analysis/rules/language/tokenize';

const rows = ownRows('names-own');
const zeroRows = rows.filter((r) => r.id.startsWith('nm-Z'));
const otherRows = rows.filter((r) => !r.id.startsWith('nm-Z'));

/**
 * Rows still read wrong, kept visible rather than tuned away.
 * Held back (tuning nm-N01a, nm-N01d, nm-N02b, nm-N02c, nm-N02d; aside nm-N09c, nm-N16b, nm-N16c): the reader
 * reads these nouns' numbers as names when "ward", "trench", "bay", "rev" and "circuit" are in NAMING_NOUNS, as
 * they were while the rules were written; the wider family was held back before landing because the session-35
 * blind acts probe then lost a claim that a false metric had held up (see NAMING_NOUNS).
 * At the one aside run:
 * - nm-N13b "Coached the under-12s": "under" joined to a number is read as a bound ("under-5s" as an age
 *   limit), the same shape as a team's name, so the reader refuses it.
 * - nm-Z05c "Late deliveries across the 40 sites since the rota change: zero.": the label before the colon is
 *   longer than zero-label.ts reads back.
 * - nm-Z05d "none of our forty shops had a late drop after …": a partitive subject with "had" and a trouble
 *   object is read as a state (zero-subject.ts), as spent fresh-18's "none of the 30 lines checked had a flat bag".
 * - nm-Z07d "Foot rot cases this spring: none.": the label names no trouble zero-label.ts knows.
 * - nm-M7 "No analyst was assigned to the project for the first quarter." (a near miss, read wrongly before this
 *   work too): a "no" noun subject with a passive and a period reads as a count of none.
 */
const KNOWN_MISSES = new Set<string>([
  ...['nm-N01a', 'nm-N01d', 'nm-N02b', 'nm-N02c', 'nm-N02d', 'nm-N09c', 'nm-N16b', 'nm-N16c'],
  ...['nm-N13b', 'nm-Z05c', 'nm-Z05d', 'nm-Z07d', 'nm-M7'],
]);

/** Whether the first number token of `text` (or of `word`, when given) is read as a name. */
function named(text: string, word?: string): string | undefined {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => (word === undefined ? t.kind === 'number' : t.text === word));
  let p = i - 1;
  while (p >= 0 && tokens[p].kind === 'symbol') p--;
  return namingNumberAt(tokens, i, p, 0)?.reason;
}

describe('naming numbers (names-own*.jsonl)', () => {
  itReadsOwnRows(otherRows, KNOWN_MISSES, ['has_metric'], 24);
});

describe('counts of none (names-own*.jsonl)', () => {
  itReadsOwnRows(zeroRows, KNOWN_MISSES, ['has_metric', 'has_outcome'], 16);
});

describe('namingNumberAt', () => {
  it('reads a number after a naming noun, singular or as a list after a plural', () => {
    expect(named('Ran phase 4 of the rollout.')).toBe('identifier');
    expect(named('Moved the clinic to rooms 4 and 5.')).toBe('identifier');
    expect(named('covered routes 12, 41 while the driver was off')).toBe('identifier');
  });

  it('leaves a plural with one value, a verb, a unit after and an item of another shape their counts', () => {
    expect(named('Cut open tickets 1,200 to 300.')).toBeUndefined();
    expect(named('I had to grade 30 essays a night.')).toBeUndefined();
    expect(named('Worked on level 12 hours a day.')).toBeUndefined();
    expect(named('Closed ticket #4521 and 30 others.', '30')).toBeUndefined();
  });

  it('reads a number inside an identifier token, not after a degree prefix', () => {
    expect(named('Raised #inc-2231 and ran the call.')).toBe('identifier');
    expect(named('Fixed the leak on pump P-204.')).toBe('identifier');
    expect(named('Replaced part 4471-B on both compressors.')).toBe('identifier');
    expect(named('Kept checkout at sub-10 ms.')).toBeUndefined();
  });

  it('reads dates in figures and the second end of a span of them', () => {
    expect(named('On 14/03/25 I briefed the board.')).toBe('date');
    expect(named('03.2021 – 11.2023 Site engineer')).toBe('date');
    expect(named('03.2021 – 11.2023 Site engineer', '11.2023')).toBe('date');
    expect(named('From 03/2021 to 11/2023 I built it.', '11')).toBe('date');
    expect(named("Sept '22 – took over the group")).toBe('date');
    expect(named('Passed 3/14 checks.')).toBeUndefined();
  });

  it('reads a bare hour beside a slot of the day, not a level held', () => {
    expect(named('opened the shop most mornings at 6')).toBe('date');
    expect(named('Worked from 6 till 2 on early shifts.')).toBe('date');
    expect(named('Kept the morning queue at 6.')).toBeUndefined();
    expect(named('Capped agency shifts at 6 a week.')).toBeUndefined();
  });
});
