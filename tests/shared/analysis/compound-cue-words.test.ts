// A change word inside a hyphenated name is no result: "a drop-in clinic", "the cut-off time", "a
// drop-down", "a gradient-boosted model". The near misses keep their outcome: the verb itself ("dropped
// off", "cut the wait"), a prefix ("re-launched … and complaints fell"), the compound as the subject whose
// own verb tells the change ("Drop-outs fell"). Lines written for this test (none is a labeled row).
import { describe, it, expect } from 'vitest';
import { createAnalyzer } from '#shared/analysis/index';
import type { StorySection } from '#shared/analysis/domain-types';

const analyzer = createAnalyzer();
const outcome = (line: string, section: StorySection = 'action') =>
  analyzer.analyzeText(line, { section }).sentences.some((s) => s.hasOutcome);

describe('a change word inside a hyphenated name', () => {
  it('tells no outcome', () => {
    expect(outcome('I started a drop-in clinic for carers every Friday morning.')).toBe(false);
    expect(outcome('I moved the cut-off for same-day orders to 2pm.')).toBe(false);
    expect(outcome('I replaced the drop-down on the form with a search box.')).toBe(false);
    expect(outcome('I trained a gradient-boosted classifier on last year’s claims.')).toBe(false);
  });

  it('leaves the verb, a prefixed verb and the compound’s own verb as outcomes', () => {
    expect(outcome('Missed collections dropped off after the new rota.', 'result')).toBe(true);
    expect(outcome('I cut the wait for a callback to one day.', 'result')).toBe(true);
    expect(outcome('Drop-outs fell from 12 to 3 a term.', 'result')).toBe(true);
    expect(outcome('The newly-improved checkout cut abandoned carts.', 'result')).toBe(true);
  });
});
