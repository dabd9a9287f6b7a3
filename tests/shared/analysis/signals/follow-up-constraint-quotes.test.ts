// Session 20: a constraint question quotes the limit it asks about. "How did “I owned the model and was asked to
// halve the…” shape what you built" cut the limit ("within a quarter") off (written-stories-9/-10, `generic`).
// Sentences written for this test, in many voices.
import { describe, it, expect } from 'vitest';
import { followUps, type StoryText } from '#shared/analysis/index';

const EMPTY: StoryText = { title: '', situation: '', task: '', action: '', result: '', reflection: '' };
const constraintQuote = (task: string) =>
  followUps({ ...EMPTY, task, action: 'I changed how it worked.' })
    .find((f) => f.kind === 'constraint')
    ?.question.match(/“([^”]+)”/)?.[1];

describe('a constraint is quoted with its limit', () => {
  const cases: [string, string, RegExp][] = [
    [
      'nurse',
      'As the ward manager I had to cut agency shifts on the surgical ward within two months.',
      /within two months$/,
    ],
    ['teacher', 'I was asked to raise Year 11 attendance above 95% within one school year.', /within one school year$/],
    [
      'SRE',
      'I owned the billing cluster and had to move it to the new region without any downtime for customers.',
      /without any downtime for customers$/,
    ],
    [
      'PM',
      'My director asked me to ship the self-serve upgrade flow for small teams within a quarter.',
      /within a quarter$/,
    ],
    [
      'finance',
      'I ran the support floor and had to cut the queue of unanswered refund emails without adding any agents.',
      /without adding any agents$/,
    ],
  ];
  it.each(cases)('%s', (_voice, task, quote) => {
    expect(constraintQuote(task)).toMatch(quote);
  });
  it('a deadline named by a date', () => {
    expect(
      constraintQuote('As the product manager for onboarding, I was asked to raise activation by the end of Q3.'),
    ).toMatch(/by the end of Q3$/);
  });
  it('a quote that already shows its limit is kept', () => {
    expect(constraintQuote('We had no budget for new servers.')).toMatch(/^We had no budget for new servers$/);
  });
});
