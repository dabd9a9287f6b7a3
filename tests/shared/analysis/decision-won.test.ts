// A causative "get" with a participle of others' decision (adoption-outcomes.ts decisionWonAhead):
// approval or a change of others' rule won is an outcome (RUBRIC-NOTES agreement, approval and
// adoption). Sentences written for this file.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string, section: 'task' | 'action' | 'result' = 'action') =>
  sentenceFacts(text, section).hasOutcome;

describe('a decision of others won with "get"', () => {
  it('reads "got X approved / signed off / changed" as an outcome', () => {
    expect(outcome('I got the weekend cover plan approved by the practice partners.')).toBe(true);
    expect(outcome('Got the new discharge checklist signed off by the ward sister.')).toBe(true);
    expect(outcome('I got the returns rule changed so stores can refund without a call.')).toBe(true);
  });

  it('leaves a goal, a failure, a signed thing and a bare "get" alone', () => {
    expect(outcome('I had to get the plan approved before the spring term.', 'task')).toBe(false);
    expect(outcome("I couldn't get the rota changed in time.")).toBe(false);
    expect(outcome('I got the signed forms back from every parent.')).toBe(false);
    expect(outcome('I got the data from finance and built the model.')).toBe(false);
  });
});

describe('a decision of others won with "get" and any participle that places the object', () => {
  it('reads a participle of placing with a preposition after it, past a long object', () => {
    expect(outcome('I got a clause about weekend call-outs for contract staff added to the tender.')).toBe(true);
    expect(outcome('Got the reporting work broken into two smaller releases.')).toBe(true);
    expect(outcome('I got the parents evening moved onto the school calendar for good.')).toBe(true);
    expect(outcome('I got a budget line for the second scanner approved by the trustees.')).toBe(true);
  });

  it('leaves a job done for the writer, a participle before a noun, and a passive with no object', () => {
    expect(outcome('I got the van serviced in a day.')).toBe(false);
    expect(outcome('I got the faulty printer swapped out.')).toBe(false);
    expect(outcome('I got the notes typed up before the meeting.')).toBe(false);
    expect(outcome('I got a printed copy of the floor plan from the landlord.')).toBe(false);
    expect(outcome('Half the forms got lost in the post.')).toBe(false);
    expect(outcome('I got the checks finished to the new standard.')).toBe(false);
  });
});
