// A trade's title that opens with a word that is also a verb ("Head gardener", "Lead carpenter",
// "Support worker") names the post, no act (RUBRIC.md: job titles are no claims). The same verbs with
// an article or a plural object stay the writer's act.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

describe('trade titles opening with a verb-like word', () => {
  it.each([
    'HEAD GROUNDSKEEPER | Ashcombe Park | 2015 – 2023',
    'Head porter at a city-centre hotel (2019–2022)',
    'Lead carpenter, Brightside Homes',
    'Support worker, Oakwood Care',
  ])('%s: a title, no claim', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(false);
  });

  it.each(['Head the fundraiser committee for the school fair', 'Support customer onboarding for 40 accounts'])(
    '%s: a claim',
    (text) => {
      expect(sentenceFacts(text).isClaim).toBe(true);
    },
  );
});
