// Recognition told in words the lists missed: praise received as feedback ("got great feedback from
// the client"; verdict-outcomes.ts PRAISED_VERDICT_RULE), a top grade given ("rated Outstanding by
// Ofsted"; RATED_RULE) and the noun of commending ("gave me a commendation"). Each is praise or an
// award of the result (RUBRIC-NOTES praise; RUBRIC.md awards). Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('praise received as feedback', () => {
  it('reads good feedback got, received or earned', () => {
    expect(outcome('Got glowing feedback from the head of year on the revision guides.')).toBe(true);
    expect(outcome('Received excellent feedback from the families after the open day.')).toBe(true);
  });

  it('leaves feedback the writer gave, asked for or built a loop for', () => {
    expect(outcome('Gave positive feedback to the new starters every Friday.')).toBe(false);
    expect(outcome('Asked the ward for positive feedback on the new rota.')).toBe(false);
    expect(outcome('Built a great feedback loop with the sales team.')).toBe(false);
  });
});

describe('a top grade and a commendation', () => {
  it('reads "rated" before a top grade, quoted or not', () => {
    expect(outcome('Rated "Outstanding" at my last two lesson observations.')).toBe(true);
    expect(outcome('Rated Exceeds in the 2023 performance review.')).toBe(true);
  });

  it('reads a commendation given', () => {
    expect(outcome('Received a chief constable’s commendation for the flood response.')).toBe(true);
  });

  it('leaves the writer rating others', () => {
    expect(outcome('I rated the three suppliers on price and delivery.')).toBe(false);
  });
});
