// What other people did once the writer had acted — "The governors signed off the spend after I showed them the
// payback" — is the writer's claim and an outcome (RUBRIC-NOTES "Agreement, approval and adoption"), though
// the main clause's subject is someone else. Spent fresh-14 f14-142 and fresh-19 f19w-046 were read as no
// claim. The writer's arrival or a move sets a time, and a thing that happened is no one's reaction. The
// sentences are written for this test.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

describe("others' act after the writer's", () => {
  it.each([
    'The trustees approved the new boiler after I costed three options for them.',
    'The supplier cut its lead time once we shared our weekly forecast with them.',
    'The consultants changed the discharge letter after I audited a month of readmissions.',
  ])('%s: a claim and an outcome', (text) => {
    const facts = sentenceFacts(text, 'action');
    expect(facts.isClaim).toBe(true);
    expect(facts.hasOutcome).toBe(true);
  });

  it.each([
    'The client churned after we moved to Leeds.',
    'Two managers left after I joined.',
    'The server crashed after we deployed the patch.',
    'My manager asked for a plan after I started there.',
  ])('%s: no outcome from this reading', (text) => {
    expect(sentenceFacts(text, 'action').hasOutcome).toBe(false);
  });

  it('is the setting under a Situation heading', () => {
    expect(sentenceFacts('The trustees approved the boiler after I costed it.', 'situation').hasOutcome).toBe(false);
  });
});
