// Wins and records told by a noun or an adjective, one step off the forms read before (RUBRIC.md: an
// award, a contract won and a record are outcomes): "the successful bid", "secured an agreement",
// "secured £85,000", ", a record for the site", "an all-time high", "the museum's most visited show to
// date". Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('a bid or agreement won', () => {
  it('reads the successful bid, a tender landed and an agreement secured', () => {
    expect(outcome('Wrote the successful bid to the lottery fund for the new archive room')).toBe(true);
    expect(outcome('Drafted our successful funding application to the arts council')).toBe(true);
    expect(outcome('Landed the tender for the county’s school transport')).toBe(true);
    expect(outcome('Secured a grazing agreement for the whole common')).toBe(true);
  });

  it('leaves a posting’s successful candidate, a successful completion and an agreement only signed', () => {
    expect(outcome('The successful candidate will join the data team in March')).toBe(false);
    expect(outcome('Oversaw the successful completion of the warehouse move')).toBe(false);
    expect(outcome('Signed a data processing agreement with the payroll vendor')).toBe(false);
    expect(outcome('Submitted a bid for the cleaning contract')).toBe(false);
  });
});

describe('money won, told by the sum', () => {
  it('reads a past acquiring verb before a sum', () => {
    expect(outcome('Secured £62,000 from the community trust for the new minibus')).toBe(true);
    expect(outcome('Obtained €1.2m from the regional fund for the plant upgrade')).toBe(true);
  });

  it('leaves a duty, a goal and a sum that is not won', () => {
    expect(outcome('Secure £50k a year from local sponsors')).toBe(false);
    expect(outcome('I tried to secure £20k for a second van')).toBe(false);
    expect(outcome('Managed £62,000 of the trust’s money')).toBe(false);
  });
});

describe('a record told as a verdict', () => {
  it('reads a record in apposition or after a copula, and an all-time high or low', () => {
    expect(outcome('The podcast reached 210k downloads in March, a record for the studio')).toBe(true);
    expect(outcome('Ran the open day — a new record for the college')).toBe(true);
    expect(outcome('Rebuilt the booking page; conversion at an all-time high')).toBe(true);
  });

  it('leaves a record kept, a record of things and a trouble at its peak', () => {
    expect(outcome('Opened a record for each new tenant in the system')).toBe(false);
    expect(outcome('Wrote up the visit, a record of what the inspector asked')).toBe(false);
    expect(outcome('Complaints were at an all-time high when I took the desk over.')).toBe(false);
    expect(outcome('Complaints were at a record high when I joined the desk.')).toBe(false);
  });
});

describe('a ranking against the past after an owner’s possessive', () => {
  it('reads the owner’s best or most visited result to date', () => {
    expect(outcome('Curated "Iron Coast", the gallery’s most visited show to date')).toBe(true);
    expect(outcome('Ran the festival’s best-attended weekend on record')).toBe(true);
  });

  it('leaves "most" before an adjective and a superlative with no span of the past', () => {
    expect(outcome('Built our most complex pipeline to date')).toBe(false);
    expect(outcome('Toured the museum’s most visited rooms with the new volunteers')).toBe(false);
  });
});

describe('agreement as a lesson’s topic or a document', () => {
  it('leaves "getting agreement" after a topic preposition and a document received', () => {
    expect(outcome('I learned a lot about getting agreement before building.')).toBe(false);
    expect(outcome('I learned about securing sign-off the hard way.')).toBe(false);
    expect(outcome('Received the lease agreement and filed it with the deeds')).toBe(false);
  });
});
