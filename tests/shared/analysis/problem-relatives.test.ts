// A relative clause in the past perfect states the problem the writer's act addressed, not its effect
// (RUBRIC-NOTES: "patched a race that had corrupted exports" is a problem statement): "the students who had
// stopped coming", "a limit that had been copied from staging". The near misses keep their outcome: a change
// in the main clause, a past perfect of the writer's own ("we had cut"). Lines written for this test.
import { describe, it, expect } from 'vitest';
import { createAnalyzer } from '#shared/analysis/index';
import type { StorySection } from '#shared/analysis/domain-types';

const analyzer = createAnalyzer();
const outcome = (line: string, section: StorySection = 'action') =>
  analyzer.analyzeText(line, { section }).sentences.some((s) => s.hasOutcome);

describe('a past-perfect relative clause', () => {
  it('is the problem addressed, no outcome', () => {
    expect(outcome('I phoned the four families whose children had stopped coming to swimming club.')).toBe(false);
    expect(outcome('I met the two drivers who had stopped logging their breaks.')).toBe(false);
    expect(outcome('I traced a retry limit that had been copied from the test config.')).toBe(false);
    expect(outcome('I fixed the report that had quietly dropped the weekend orders.')).toBe(false);
  });

  it('leaves an effect in the main clause and the writer’s own perfect as outcomes', () => {
    expect(outcome('I rewrote the job that had quietly dropped rows, and the gaps stopped.')).toBe(true);
    expect(outcome('By March we had cut the backlog by half.', 'result')).toBe(true);
    expect(outcome('The queue, which had doubled over the winter, fell to 40 tickets by March.', 'result')).toBe(true);
  });
});
