import { describe, it, expect } from 'vitest';
import { analyzeStory, analyzeText } from '#shared/analysis/index';
import type { Story } from '#shared/domain/schemas';

const relative = (text: string) =>
  analyzeText(text, { section: 'result' }).findings.filter((f) => f.rule === 'relative-without-base').length;

const story = (action: string, result: string) =>
  analyzeStory({ situation: '', task: '', action, result, reflection: '' } as Story).fields.result.findings.filter(
    (f) => f.rule === 'relative-without-base',
  ).length;

describe('a relative figure measured against a comparison arm', () => {
  it('has its base when the sentence names the test it came from', () => {
    expect(relative('Trial sign-ups rose 9% in the two-week A/B test.')).toBe(0);
    expect(relative('Renewals went up 6% against the holdout.')).toBe(0);
    expect(relative('Basket size grew 3% in the live test, so we kept the new ranking.')).toBe(0);
  });

  it('still asks for the base when no comparison is named (near misses)', () => {
    expect(relative('Trial sign-ups rose 9%.')).toBe(1);
    // A test as a verb, not the frame the figure was measured in.
    expect(relative('Trial sign-ups rose 9% after I tested the new copy.')).toBe(1);
  });

  it('has its base when the story sets up a controlled experiment before the Result', () => {
    expect(
      story('I ran an A/B test of the shorter sign-up form on half of new visitors.', 'Sign-ups went up 7%.'),
    ).toBe(0);
    expect(story('I kept a control group on the old reminder emails for a month.', 'Repeat orders rose 11%.')).toBe(0);
    expect(story('I held back a holdout of new members from the welcome series.', 'Churn fell 4%.')).toBe(0);
  });

  it('still asks when the story ran only a test with no control arm (near miss)', () => {
    // A test that sized a setting before launch is not the comparison the Result's lift was measured against.
    expect(story('I ran a one-week test on a slice of traffic to choose the threshold.', 'Sign-ups went up 7%.')).toBe(
      1,
    );
    expect(story('I rewrote the sign-up form.', 'Sign-ups went up 7%.')).toBe(1);
  });
});
