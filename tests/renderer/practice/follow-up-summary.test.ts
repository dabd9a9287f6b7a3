import { describe, expect, it } from 'vitest';
import { roundSummary } from '../../../renderer/src/views/practice/drill/FollowUpRound';

describe('the finished follow-up round says how it went in words', () => {
  it('lists the ratings when every answer was rated', () => {
    expect(roundSummary([3, 2, 5])).toBe('3 answers, rated 3, 2, 5');
  });
  it('counts the answers not rated instead of showing dashes', () => {
    expect(roundSummary([4, undefined, undefined])).toBe('3 answers, rated 4, 2 not rated');
    expect(roundSummary([undefined, undefined])).toBe('2 answers, not rated');
    expect(roundSummary([5])).toBe('1 answer, rated 5');
  });
});
