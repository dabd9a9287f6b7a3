import { describe, it, expect } from 'vitest';
import { findQuantities, type Quantity } from '#shared/analysis/rules/quantity/quantities';
import { tokenize } from './helpers';

const scan = (s: string) => findQuantities(s, tokenize(s));
const kinds = (s: string) => scan(s).quantities.map((q) => [q.text, q.kind]);
const excluded = (s: string) => scan(s).excluded.map((e) => [e.text, e.reason]);
const only = (s: string): Quantity => {
  const { quantities } = scan(s);
  expect(quantities).toHaveLength(1);
  return quantities[0];
};

describe('findQuantities: what counts', () => {
  it('finds percentages, money and multipliers', () => {
    expect(kinds('Raised conversion 12% and saved $1.4M, a 3x gain').map(([, kind]) => kind)).toEqual([
      'percent',
      'money',
      'multiplier',
    ]);
    expect(only('Spend fell by 40 percent').kind).toBe('percent');
    expect(only('Saved 2 million dollars a year').kind).toBe('money');
    expect(only('Queries ran 10× faster').kind).toBe('multiplier');
  });

  it('reads a fraction of change, also when it is approximate ("by more than half", "by nearly a third")', () => {
    for (const s of [
      'Support costs fell by half',
      'The staging bill dropped by more than half',
      'Query volume fell by nearly a third',
      'Build time shrank by just over a fifth',
    ])
      expect(only(s)).toMatchObject({ kind: 'multiplier', change: true });
    // "half" that is no change: "half the team" sizes the context.
    expect(scan('Half the team was new').quantities.filter((q) => q.change)).toEqual([]);
  });

  it('finds durations with units, written or attached', () => {
    expect(only('Builds now finish in 90 seconds').kind).toBe('duration');
    expect(only('p99 fell to 120ms').kind).toBe('duration');
    expect(only('Shipped it in six weeks').kind).toBe('duration');
    expect(only('Restored service in about an hour').kind).toBe('duration');
    expect(only('It took a full day to find').kind).toBe('duration');
  });

  it('reads hours and minutes in one token ("3h40") as a duration, and at a clock preposition as a time', () => {
    expect(kinds('The nightly export went from 3h40 to 25 min')).toEqual([
      ['3h40', 'duration'],
      ['25 min', 'duration'],
    ]);
    expect(scan('The nightly export went from 3h40 to 25 min').quantities.every((q) => q.change)).toBe(true);
    expect(kinds('Cut the average shift handover from 1h05 to 40 minutes')).toEqual([
      ['1h05', 'duration'],
      ['40 minutes', 'duration'],
    ]);
    expect(only('The full rebuild takes 2h15m').kind).toBe('duration');
    // A clock reading, and shapes that are no hours and minutes: "h" with one digit or with a minute past 59.
    expect(excluded('The van leaves at 14h30 every day')).toEqual([['14h30', 'date']]);
    expect(scan('Booked the room until 9h15').quantities).toEqual([]);
    expect(scan('Swapped the h264 encoder for 2h9 batches').quantities).toEqual([]);
    expect(scan('Stock code 3h75 was recalled').quantities).toEqual([]);
  });

  it('takes a bare figure\'s noun from a plural or upper-case label right before it ("orders above 3 million")', () => {
    expect(only('Owned the booking app, MAU about 250k').head).toBe('mau');
    expect(only('Ran the returns desk, daily parcels above 4,000').head).toBe('parcels');
    expect(only('Community manager, members: 12k').head).toBe('members');
    expect(only('Sub-editor, The Wexham Gazette (weekly, circ. 12,500)').head).toBe('readers');
    // Not a label: a figure the verb moved the noun to, a singular name, an unlisted noun.
    expect(only('Grew subscribers to 80k').head).toBeUndefined();
    expect(only('Built a customer 360 for the sales team').head).toBeUndefined();
    expect(only('Board scores around 7').head).toBeUndefined();
  });

  it('reads "twice" before a comparative as a multiplier, not before "per" or "over"', () => {
    expect(only('Pages load twice faster than before')).toMatchObject({ kind: 'multiplier', change: true });
    expect(scan('The clinic now runs the class twice per week').quantities).toEqual([]);
    expect(scan('I checked every figure twice over').quantities).toEqual([]);
  });

  it('finds number words, "a dozen", "hundreds of" and change words', () => {
    expect(only('Wrote two design docs').text).toBe('two design docs');
    expect(only('Closed a dozen audit findings').kind).toBe('count');
    expect(only('Answered hundreds of support tickets').kind).toBe('magnitude');
    expect(only('Throughput doubled after the change').kind).toBe('multiplier');
    expect(only('We halved the on-call load').change).toBe(true);
    expect(only('A tenfold drop in errors').kind).toBe('multiplier');
    expect(only('We cut the build time in half').kind).toBe('multiplier');
  });

  it('marks before→after values and "by N" as a change and shares the unit', () => {
    const { quantities } = scan('Cut deploy time from 40 minutes to 6');
    expect(quantities.map((q) => [q.text, q.change, q.kind])).toEqual([
      ['40 minutes', true, 'duration'],
      ['6', true, 'duration'],
    ]);
    expect(
      scan('Grew the team from 3 to 11 engineers').quantities.every((q) => q.change && q.head === 'engineers'),
    ).toBe(true);
    expect(only('Reduced cost by 18%').change).toBe(true);
    expect(scan('Latency 800 ms → 200 ms').quantities.every((q) => q.change)).toBe(true);
  });

  it('reads ranges as one quantity', () => {
    expect(only('Each release took 2–3 days').text).toBe('2–3 days');
    expect(excluded('Releases went out every 2 days')).toEqual([['2', 'config']]); // a cadence, not a measurement
    expect(only('Trained 4 to 6 new hires').head).toBe('hires');
  });

  it('finds the noun a number counts past modifiers', () => {
    expect(only('Served 40,000 daily active users').head).toBe('users');
    expect(only('Ran 12 medium-sized client clusters').head).toBe('clusters');
    expect(only('Signed 2 of the largest retailers').head).toBe('retailers');
    expect(only('Led a team of 7').group).toBe('team');
  });

  it('reads "one" only where it is a count', () => {
    expect(only('The patch was one line').text).toBe('one line');
    expect(scan('Joined as one of the first engineers').quantities).toEqual([]);
    expect(scan('It applies to one client').quantities).toEqual([]);
  });
});

describe('findQuantities: exclusions', () => {
  it('excludes years but not counts that look like years', () => {
    expect(excluded('Joined in 2019 and left in 2023')).toEqual([
      ['2019', 'year'],
      ['2023', 'year'],
    ]);
    expect(scan('Onboarded 2000 users').quantities).toHaveLength(1);
  });

  it('excludes versions and product names with digits', () => {
    expect(scan('Moved from Python 3 to Go on EC2 and S3 with K8s').quantities).toEqual([]);
    expect(excluded('Upgraded to v2.1 and 1.2.3').map(([, r]) => r)).toEqual(['version', 'version']);
    expect(scan('Built B2B and Web3 tools in 3D').quantities).toEqual([]);
    expect(scan('Sold to a Fortune 500 bank on Windows 10').quantities).toEqual([]);
  });

  it('excludes ordinals, labels, identifiers and dates', () => {
    expect(scan('Was the 2nd hire and shipped the 1st release').quantities).toEqual([]);
    expect(scan('Finished phase 2 and story 4').quantities).toEqual([]);
    expect(excluded('Inventor on patent No. 20130007108')).toEqual([['20130007108', 'identifier']]);
    expect(scan('Launched on March 3 at 9 am').quantities).toEqual([]);
  });

  it('excludes configuration values, date offsets and "top N" selections', () => {
    expect(excluded('Cached it with a 10-minute TTL')).toEqual([['10', 'config']]);
    expect(excluded('Retrieve 2–3 passages per query')).toEqual([['2', 'config']]);
    expect(excluded('The firm was sold 3 months after I joined')).toEqual([['3', 'offset']]);
    expect(excluded('Fixed the top 3 causes of churn')).toEqual([['3', 'selection']]);
    expect(only('Ranked in the top 5 of 900 teams').kind).toBe('rank');
  });

  it('excludes fixed compounds, code and URLs', () => {
    expect(scan('Held 1:1s, a 3rd-party audit and 1-way hashing, 24/7').quantities).toEqual([]);
    expect(scan('Set `retries = 5` per https://example.com/v2/3').quantities).toEqual([]);
  });

  it('reads a share unit typed against its digits as the spaced unit is read', () => {
    expect(kinds('Cut opt-outs by 2pp and lifted margin 40bps')).toEqual([
      ['2pp', 'percent'],
      ['40bps', 'percent'],
    ]);
    expect(kinds('Cut opt-outs by 2 pp')[0]?.[1]).toBe('percent');
    // Near misses: letters that are no share's unit stay names or versions.
    expect(kinds('Shipped the 5G modem and the 2FA flow on v3.2.1')).toEqual([]);
  });

  it('excludes numbers that only describe an example scenario', () => {
    expect(scan('Found a bug where paying $80 on a $50 bill was lost').quantities).toEqual([]);
  });
});
