// A sentence that places the writer in a state ("I was new to this project", "I had never used
// Terraform before this tool") only names the work; it asserts no act, so "this project" or "the fix"
// in it does not make it a claim. The work as the subject of an act stays one.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

describe('the writer in a state, naming the work', () => {
  it.each([
    'I had never used Kubernetes before this project.',
    'I was new to this project and to the team.',
    'I was the only one on the ward who knew the fix.',
  ])('%s: no claim', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(false);
  });

  it.each(['Built this tool over two weekends.', 'This tool cut the weekly stock count from a day to an hour.'])(
    '%s: a claim',
    (text) => {
      expect(sentenceFacts(text).isClaim).toBe(true);
    },
  );
});
