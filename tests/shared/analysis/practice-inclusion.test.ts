// Adoption told without a use verb (practice-inclusion-outcomes.ts): the work made part of a practice
// or given a status others work by — "made it part of the protocol", "made the form standard".
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string, section: 'action' | 'result' | 'situation' | undefined = undefined) =>
  sentenceFacts(text, section).hasOutcome;

describe('the work taken into a practice', () => {
  it('reads "part of" after becoming, "now" with a copula, or a causative and its object', () => {
    expect(outcome('The surgeons made it part of the pre-op protocol.')).toBe(true);
    expect(outcome('The checklist became part of the ward guideline.')).toBe(true);
    expect(outcome('the handover note is now part of onboarding', 'result')).toBe(true);
    expect(outcome('We made the new intake form part of the weekly routine.')).toBe(true);
    expect(outcome('- made it part of the release checklist')).toBe(true);
    expect(outcome('Result: the checks became a standard part of every release.', 'result')).toBe(true);
  });

  it('reads a causative and its object before a status word', () => {
    expect(outcome('The site lead made the Monday print standard for all four stores.')).toBe(true);
    expect(outcome('They made my new template the default.')).toBe(true);
  });

  it('leaves a person joining a group, a goal, a negation and a new thing of a kind', () => {
    expect(outcome('I became part of the platform team.')).toBe(false);
    expect(outcome('She is now part of the leadership group.')).toBe(false);
    expect(outcome('We made her part of the rota.', 'action')).toBe(false);
    expect(outcome('I wanted to make it part of the protocol.', 'action')).toBe(false);
    expect(outcome('It never became part of the protocol.')).toBe(false);
    expect(outcome('We made a standard form for requests.', 'action')).toBe(false);
    expect(outcome('They made him the go-to person for billing.')).toBe(false);
    expect(outcome('Part of the problem was the old protocol.', 'situation')).toBe(false);
  });
});
