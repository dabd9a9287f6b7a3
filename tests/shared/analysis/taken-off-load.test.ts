// Work taken off a team's load (phrase-outcomes.ts TAKEN_OFF_RULE): "which took the resets off our
// queue" is an effect for the team, a benefit told in a clause (RUBRIC.md). Time away, a thing taken
// off an object and a purpose are not. Sentences written for this file.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('work taken off someone’s load', () => {
  it('reads "took … off" a possessive, an acronym or a plural group', () => {
    expect(outcome('Built a self-serve refund form, which took the refunds off our inbox.')).toBe(true);
    expect(outcome('Moved supplier queries to a portal, which took most of the calls off HR')).toBe(true);
    expect(outcome('Automated the bed board, which took the phoning round off the ward clerks')).toBe(true);
  });

  it('leaves time away, a thing taken off an object, a task board and a purpose', () => {
    expect(outcome('I took the afternoon off after the audit.')).toBe(false);
    expect(outcome('Took the panel off the boiler and found the leak')).toBe(false);
    expect(outcome('Took the card off the board once it shipped')).toBe(false);
    expect(outcome('I wanted to take the calls off the team')).toBe(false);
  });
});
