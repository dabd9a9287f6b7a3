// "Shortlisted", "nominated", "awarded" after "I" or "we" tell the writer choosing, not the writer's work
// being recognised: "I shortlisted two suppliers", "I awarded the contract". The passive and the work as
// subject stay recognition ("We were shortlisted for …", "Our app was nominated for …"). Lines written for
// this test (none is a labeled row).
import { describe, it, expect } from 'vitest';
import { createAnalyzer } from '#shared/analysis/index';
import type { StorySection } from '#shared/analysis/domain-types';

const analyzer = createAnalyzer();
const outcome = (line: string, section: StorySection = 'action') =>
  analyzer.analyzeText(line, { section }).sentences.some((s) => s.hasOutcome);

describe('the writer as the one choosing', () => {
  it('is no recognition', () => {
    expect(outcome('I shortlisted three couriers and ran each on one route for a week.')).toBe(false);
    expect(outcome('I awarded the cleaning contract after a two-week trial.')).toBe(false);
  });

  it('leaves the writer’s work chosen by others as recognition', () => {
    expect(outcome('We were shortlisted for the county’s small business award.', 'result')).toBe(true);
    expect(outcome('Our app was nominated for a Webby.', 'result')).toBe(true);
  });
});
