// Session 23: a count the Result tells changing ("Pages fell to about 5 a week", "went from about ten a month to
// none") is what the work moved, not load a system carries: no "what broke first as it grew" (judged `wrong-kind` on
// the thirteenth set). Sentences written for this test, in several voices.
import { describe, it, expect } from 'vitest';
import { followUps, type StoryText } from '#shared/analysis/index';

const EMPTY: StoryText = { title: '', situation: '', task: '', action: '', result: '', reflection: '' };
const scaleAsked = (result: string) =>
  followUps({ ...EMPTY, action: 'I rewrote the nightly job.', result }).some((f) => f.kind === 'scale');

describe('a count that changed in the Result', () => {
  it.each([
    'Failed deliveries fell to about 12 a week.',
    'Missed calls went from about 40 a day to none.',
    'Duplicate orders dropped to around 3 a month after the change.',
    'The new form reduced wrong addresses to about 20 a week.',
  ])('%s: no scale probe', (result) => {
    expect(scaleAsked(result)).toBe(false);
  });
});

describe('near miss: load told in the Result', () => {
  it('a system that now carries a rate is still asked what broke as it grew', () => {
    expect(scaleAsked('The new pipeline now handles about 8,000 events a second at peak.')).toBe(true);
  });
});
