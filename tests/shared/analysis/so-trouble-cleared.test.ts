// A so-clause whose subject is a trouble and whose passive participle tells it dealt with names the
// benefit the act brought (purpose-outcomes.ts SO_BENEFIT_RULE, troubleClearedAt).
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string) => sentenceFacts(text, 'action').hasOutcome;

describe('a trouble dealt with, told in a so-clause', () => {
  it('reads a backlog cleared or mistakes caught as the benefit of the act', () => {
    expect(outcome('I put a second clerk on Mondays so the weekend backlog was cleared by lunch.')).toBe(true);
    expect(outcome('I added a check at the packing bench so wrong labels were caught before the van left.')).toBe(true);
  });

  it('leaves a so-clause with no trouble, a sentence-opening "so", and "so I …" unread', () => {
    expect(outcome('I asked for a second check, so the forms were cleared by the manager.')).toBe(false);
    expect(outcome('So the backlog was cleared, I started on the filing.')).toBe(false);
    expect(outcome('The backlog was growing, so I cleared it on Saturday.')).toBe(false);
  });
});
