// A résumé summary in the third person — the writer's full name, "is a" and their post, then "who" and an act
// — asserts the writer's work: a claim (RUBRIC.md: a third-person resume line about the writer's work is a
// claim). ERROR-KINDS: spent fresh-11 and fresh-13 each lost one such line. A liking, a first name alone (a
// colleague in a story) and a company are no such line. The sentences are written for this test.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

describe('third-person résumé summaries', () => {
  it.each([
    'Lena Fischer is a platform engineer who builds the deploy tooling for forty product teams.',
    'Kofi Mensah is a charge nurse who leads the discharge huddle on a surgical ward.',
    'Ruth Adeyemi is a data analyst who led the move from spreadsheets to Looker.',
  ])('%s: a claim', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(true);
  });

  it.each([
    'Lena Fischer is a platform engineer who enjoys bouldering.',
    'Dani is a nurse who works nights on the ward.',
    'Northwind Foods is a company who sells frozen meals.',
    'Lena Fischer is a platform engineer.',
  ])('%s: no claim', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(false);
  });
});
