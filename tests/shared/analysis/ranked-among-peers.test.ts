// A ranking among peers (verdict-outcomes.ts RANKED_AMONG_PEERS_RULE): "Top biller in the branch",
// "…, the most in the county" — a placing others' results are measured against, like an award
// (RUBRIC.md). Sentences written for this file.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('a ranking among peers', () => {
  it('reads "top <role> in the <group>" and ", the most in the <group>"', () => {
    expect(outcome('Top fundraiser in the region 2023')).toBe(true);
    expect(outcome('Was top recruiter in the firm two years running')).toBe(true);
    expect(outcome('Book club: 95 members signed up, the most in the district')).toBe(true);
  });

  // Session 40 (RUBRIC-NOTES recognition; recognition-heads.ts): a place word before the writer's noun heading
  // a verbless line is a standing won with no peer group named, as the spent writers label "Top biller, Q2 and
  // Q3 2023" (fresh-25) and "Top performer for net new revenue in FY22" (fresh-14).
  it('reads a verbless placed line with no peer group', () => {
    expect(outcome('Top performer')).toBe(true);
  });

  it('leaves others ranked and a ranking with its noun', () => {
    expect(outcome('Managed our top customers in the region')).toBe(false);
    expect(outcome('Top supplier in the region')).toBe(false);
    expect(outcome('Our ward had the most falls in the trust.')).toBe(false);
    expect(outcome('The busiest branch in the county')).toBe(false);
  });
});
