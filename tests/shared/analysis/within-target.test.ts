// A measure placed inside a service target (before-after-outcomes.ts WITHIN_TARGET_RULE, and the
// claim assertion in claim-exceptions.ts). Sentences written for this file.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

type Section = 'situation' | 'task' | 'action' | 'result' | 'reflection';
const flags = (text: string, section?: Section) => {
  const f = sentenceFacts(text, section);
  return { claim: f.isClaim, outcome: f.hasOutcome };
};

describe('a measure inside a service target', () => {
  it("reads the team's place inside a target as its result: a claim and an outcome", () => {
    expect(flags('By February we were inside the five-day turnaround target.', 'result')).toEqual({
      claim: true,
      outcome: true,
    });
    expect(flags('Call waits stayed under the two-minute goal all winter.', 'result').outcome).toBe(true);
  });

  it('leaves a goal, a doubt, a budget met and the setup alone', () => {
    expect(flags('We needed to be inside the five-day target.', 'task').outcome).toBe(false);
    expect(flags('We were never inside the five-day target.', 'result').outcome).toBe(false);
    expect(flags('We kept the refit under budget.', 'action').outcome).toBe(false);
    expect(flags('The team was inside the five-day target most months.', 'situation')).toEqual({
      claim: false,
      outcome: false,
    });
  });
});
