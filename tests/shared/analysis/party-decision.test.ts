// Another party's own decision to take the writer's work up (party-decision-outcomes.ts): "the principal decided
// to keep it", "…, which the ward chose to keep". Whose decision it is comes from the clause reader: the writer's
// own decision is an act, no result. Near misses: the old thing kept, a state kept ("keep it simple"), a decision
// about something else, a promise ("offered to"), a condition. Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe("another party's decision to keep or adopt the work", () => {
  it('reads a party deciding, choosing or opting to keep, adopt or fund it', () => {
    expect(outcome('We trialled a booking deposit, and the practice manager decided to keep it.')).toBe(true);
    expect(outcome('Ran a month of evening surgeries, which the partners chose to keep.')).toBe(true);
    expect(outcome('I drew up a shared cover rota; both wards opted to adopt it in March.')).toBe(true);
    expect(outcome('The trustees were unsure at first, but decided to fund it for another year.')).toBe(true);
    expect(outcome('The governors elected to keep our reading hour.')).toBe(true);
  });

  it('leaves the writer deciding, the old thing kept, a state kept and decisions about other things', () => {
    expect(outcome('We decided to keep it.')).toBe(false);
    expect(outcome('I chose to adopt it for my own caseload.')).toBe(false);
    expect(outcome('The practice manager decided to keep the old paper diary.')).toBe(false);
    expect(outcome('The board decided to keep it simple.')).toBe(false);
    expect(outcome('The council decided to buy a new fleet of vans.')).toBe(false);
    expect(outcome('The supplier offered to fund it.')).toBe(false);
    expect(outcome('If the partners decided to keep it, we would need another nurse.')).toBe(false);
  });
});
