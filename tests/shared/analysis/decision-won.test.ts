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
