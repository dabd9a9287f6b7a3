// Work told as a passive with its auxiliary and agent dropped is the writer's claim on a résumé line or in a
// brag document, whatever follows the participle: a particle, a frequency, a second participle or nothing
// (RUBRIC.md: verbless lines that say what the writer did are claims). Session 32, ERROR-KINDS-S31-FRESH23
// "Verbless, participle and OKR work lines" (seventh sighting). A thing that changed by itself, and people
// or a team acting, are no such line. The sentences are written for this test.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { isDoneWithoutAgent, isWorkParticiple } from '#shared/analysis/rules/voices/done-without-agent';

describe('work done without its agent', () => {
  it.each([
    'API keys moved out of the mobile app and into the backend.',
    'Legacy cron jobs moved off the old box onto Kubernetes.',
    'Churn model retrained weekly instead of monthly',
    'Old reporting server switched off at the end of Q2.',
    'KR2 ✅ onboarding flow redesigned',
    'Invoice templates automated and moved to the shared drive.',
  ])('%s: a claim', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(true);
  });

  it.each([
    'Servers crashed nightly.',
    'Guests moved over to the new wing.',
    'The team moved over to Rust.',
    'The night porters moved off the ward.',
    'Most customers switched off after the first email.',
    'Patients moved across to the day unit.',
    'Our app crashed weekly.',
  ])('%s: no claim from this reading', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(false);
  });

  it('reads a work verb past its prefix, not a verb of what happens by itself', () => {
    expect(isWorkParticiple('retrained')).toBe(true);
    expect(isWorkParticiple('redesigned')).toBe(true);
    expect(isWorkParticiple('moved')).toBe(true);
    expect(isWorkParticiple('crashed')).toBe(false);
    expect(isWorkParticiple('dropped')).toBe(false);
  });

  it('wants no object after the participle', () => {
    expect(isDoneWithoutAgent(['dashboards', 'migrated'], 1)).toBe(true);
    expect(isDoneWithoutAgent(['vendor', 'migrated', 'the', 'data'], 1)).toBe(false);
    expect(isDoneWithoutAgent(['files', 'moved', 'and', 'renamed'], 1)).toBe(true);
    expect(isDoneWithoutAgent(['files', 'moved', 'and', 'we'], 1)).toBe(false);
  });
});
