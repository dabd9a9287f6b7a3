// Changes told by glyphs or by a level newly reached, with no change verb: a direction arrow as the
// sign of a figure ("↓ 38% GPU spend"; measured-difference-outcomes.ts signedChange), a schedule pair
// typed with an arrow ("weekly → daily"; frequency-changes.ts arrowMoreOften) and a level "now under"
// the old one ("is now under 2%", ", now only 25 minutes"; now-below-outcomes.ts). Sentences written
// for this test.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('a direction arrow as the sign of a figure', () => {
  it('reads an arrow before a share or a unit, with or without a space', () => {
    expect(outcome('↓ 42% cloud spend — moved the nightly jobs to spot capacity')).toBe(true);
    expect(outcome('Repeat visits ↑15% after the loyalty card relaunch')).toBe(true);
    expect(outcome('▼ 3 pts churn in the second half')).toBe(true);
  });

  it('leaves an arrow before a word or a bare number', () => {
    expect(outcome('↓ see the notes below')).toBe(false);
    expect(outcome('Scroll ↓ 2 sections for the appendix')).toBe(false);
  });
});

describe('a schedule pair typed with an arrow', () => {
  it('reads the after end more often than the before end', () => {
    expect(outcome('↑ stock freshness: weekly → daily counts')).toBe(true);
    expect(outcome('Releases: monthly -> several times a week')).toBe(true);
  });

  it('leaves a schedule made less often, a meeting and a version pair', () => {
    expect(outcome('Reports: daily → weekly')).toBe(false);
    expect(outcome('Team sync moved weekly → daily')).toBe(false);
  });
});

describe('a level now under the old one', () => {
  it('reads a copula or a comma, "now" and a degree word before a figure', () => {
    expect(outcome('Failed payment rate is now under 1.5%')).toBe(true);
    expect(outcome('Moved the export to a streaming job, now only 12 minutes')).toBe(true);
    expect(outcome('Average callback waits are now less than 2 hours')).toBe(true);
  });

  it('leaves a level with no degree word, a headcount and no figure', () => {
    expect(outcome('Churn is now 3%')).toBe(false);
    expect(outcome('The team is now only 4 people')).toBe(false);
    expect(outcome('Now only 2 of us know the system')).toBe(false);
  });
});
