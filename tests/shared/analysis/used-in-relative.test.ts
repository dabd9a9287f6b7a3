// The work used by others, told in a relative clause with no object (adoption-outcomes.ts
// usedInRelative): "built the rota template every ward uses" is an outcome (RUBRIC-NOTES adoption).
// A tool the writer picked, a guide about a tool others use, and a use verb with its own object are
// none. Sentences written for this file.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string, section?: 'action' | 'result') => sentenceFacts(text, section).hasOutcome;

describe('the work used by others in a relative clause', () => {
  it('reads a made thing that others use, follow or rely on', () => {
    expect(outcome('Wrote the release checklist the whole mobile team follows.')).toBe(true);
    expect(outcome('I designed the referral form the nurses use for every transfer.', 'action')).toBe(true);
    expect(outcome('Built the pricing sheet our sales reps rely on.')).toBe(true);
  });

  it('leaves a picked tool, a thing made for a tool others use, and a use verb with an object', () => {
    expect(outcome('I chose the scheduler most teams use.', 'action')).toBe(false);
    expect(outcome('I wrote a cheat sheet for the app the sales team uses.', 'action')).toBe(false);
    expect(outcome('I built a form, and the nurses use paper.', 'action')).toBe(false);
  });
});
