// The span of time data was drawn from is no measured result, and a model retrained on data names its training data
// (follow-ups.ts, senior-probe-cues.ts). Stories written for this test, none from a judged set.
import { describe, it, expect } from 'vitest';
import { followUps } from '#shared/analysis/index';
import { dataCue } from '#shared/analysis/signals/senior-probe-cues';

const story = (action: string, result = 'The planners trusted the forecast again.') => ({
  title: 'Forecast',
  situation: 'Our store-level demand forecast kept over-ordering fresh produce.',
  task: 'I owned the forecast.',
  action,
  result,
  reflection: '',
});

describe('a window of data and a model retrained on it', () => {
  it.each([
    'I retrained the model on store orders from the last six months instead of the last three years.',
    'I compared the errors over the past two quarters, store by store.',
  ])('asks no "how was that measured" of the window in "%s"', (action) => {
    expect(followUps(story(action)).filter((f) => f.kind === 'metric')).toEqual([]);
  });

  it('still asks about a measured change told beside a window', () => {
    const asked = followUps(
      story('I retrained the model on the last six months of orders.', 'Waste fell by 18% in the next quarter.'),
    );
    expect(asked.some((f) => f.kind === 'metric' && f.question.includes('18%'))).toBe(true);
  });

  it.each([
    'I retrained the ranking model on clicks from the new layout.',
    'Re-trained the classifier on 4,000 relabelled tickets.',
  ])('reads "%s" as training data', (text) => {
    expect(dataCue(text)?.use).toBe('training');
  });

  it('reads people retrained as no training data', () => {
    expect(dataCue('I retrained the two night clerks on the new returns screen.')).toBeUndefined();
  });
});
