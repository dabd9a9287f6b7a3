// Session 23: a reflection that tells a regret ("I should have …") or a way of working taken up since ("I now …") has
// answered "what would you do differently now?" (judged `answered` on the twelfth and thirteenth sets). Sentences
// written for this test, in several voices.
import { describe, it, expect } from 'vitest';
import { followUps, type StoryText } from '#shared/analysis/index';
import { reflectionPlan } from '#shared/analysis/signals/follow-up-cues';

const story = (reflection: string): StoryText => ({
  title: 'The winter rota',
  situation: 'Our clinic ran short of reception staff every January.',
  task: 'I was asked to cover the gaps without agency staff.',
  action: 'I moved two part-timers to mornings and opened online booking for repeat prescriptions.',
  result: 'No morning went uncovered that January.',
  reflection,
});
const asksLesson = (reflection: string) => followUps(story(reflection)).some((f) => f.kind === 'lesson');

describe('a lesson told as a regret or a changed habit', () => {
  it.each([
    'I should have asked the part-timers before drawing up the rota.',
    'I now plan the January rota in October.',
    'Since then I now check the booking figures every Friday.',
  ])('%s', (reflection) => {
    expect(reflectionPlan(reflection)).toBe(true);
    expect(asksLesson(reflection)).toBe(false);
  });
});

describe('near misses: a state, not a lesson', () => {
  it.each([
    'I now know most of the patients by name.',
    'I now have a team of six.',
    'The part-timers liked the mornings more than I expected.',
  ])('%s', (reflection) => {
    expect(reflectionPlan(reflection)).toBe(false);
    expect(asksLesson(reflection)).toBe(true);
  });
});
