// Session 20: a gap in the data is what was wrong with it ("slang the training data had never seen", judged
// `answered` on the ninth set), and the fix told in the next sentence ("fine-tuned on 20,000 new examples") is no
// second data question (`duplicate`). Sentences written for this test, in many voices.
import { describe, it, expect } from 'vitest';
import { followUps, type StoryText } from '#shared/analysis/index';

const EMPTY: StoryText = { title: '', situation: '', task: '', action: '', result: '', reflection: '' };
const dataOf = (action: string) => followUps({ ...EMPTY, action }).filter((f) => f.kind === 'data');

describe('a gap in the data told beside the data', () => {
  it.each([
    'Found that the triage model had been trained on data that did not include any night-shift notes. I retrained it on 8,000 notes from all shifts.',
    'Most misses were regional dialects the training set had never seen. We fine-tuned on 30,000 new clips from those regions.',
    'The evaluation set lacked any refund tickets, so I built a new test set of 2,000 tickets by hand.',
  ])('%s', (action) => {
    expect(dataOf(action)).toEqual([]);
  });
  it('data with no flaw told is still asked about', () => {
    expect(dataOf('I trained the classifier on 14 months of tagged tickets.')).toHaveLength(1);
  });
});
