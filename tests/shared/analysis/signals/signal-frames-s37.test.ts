// Session 37 (signals): ambiguity read as a frame of roles (input-gaps.ts): an input the work stood on, what was wrong
// with it, and the writer's act that settled it or went ahead anyway; the open question put to the party who can
// settle it; the act told before the answer was known; the open point guessed. After-launch read as an occasion of use
// (the first run showing trouble, a trial over, the new thing in use a while; first-use-corrections.ts), an event told
// at the head of a sentence after a told launch (context-readings.ts), and hindsight read as no signal
// (classes/after-launch.ts). Every story and sentence here is our own writing for this test, in several voices (an
// arable farmer, a Polish dialysis nurse and a Polish dispatcher in non-native English, an employment lawyer, a
// geography teacher, a data platform lead; aside: a head chef, a community midwife, a German electrician, an ML
// engineer, a charity finance manager, a warehouse shift lead); none is a fixture row of another set or public text.
// The aside stories (signal-frames-s37-aside.json) were put aside before any rule was written and measured once at the
// end.
import { describe, expect, it } from 'vitest';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';
import type { SignalId } from '#shared/analysis/signals/signal-ids';
import { readOwnStories, scoreOwnStories, shownSentences, type OwnStory } from './own-ladders';

const TARGET: readonly SignalId[] = ['ambiguity', 'after-launch'];

const score = (stories: OwnStory[]) => scoreOwnStories(stories, TARGET);

describe('input gaps and occasions of use (own stories)', () => {
  it('reads the tuning stories (before the rules: ambiguity 3/0/8, after-launch 4/0/3)', () => {
    expect(score(readOwnStories('signal-frames-s37.json'))).toEqual({ ambiguity: '11/0/0', 'after-launch': '7/0/0' });
  });

  // Measured once when the rules were written; before them: ambiguity 2/0/9, after-launch 4/1/2. Still missed: an event
  // at a sentence's head with no launch told as done before it ("When the first cold week came, …", after "was switched
  // on"). False, as before: "went live in shadow mode" read as running the live thing.
  it('reads the aside stories as measured once', () => {
    expect(score(readOwnStories('signal-frames-s37-aside.json'))).toEqual({
      ambiguity: '11/0/0',
      'after-launch': '5/1/1',
    });
  });
});

describe('ambiguity: an input gap and the writer’s act', () => {
  it.each([
    'The soil results from the co-op were three years old, so I sampled every field myself.',
    'The drawings did not show where the pipes run, so we opened one wall first to see.',
    'We only had the old price lists, but we quoted the job anyway and corrected it later.',
    'I rang the council to confirm which permits still apply to the old barn.',
    'I booked the hall before we knew how many families would come.',
    'i guessed which topics the inspectors wanted most and started with them',
    'With no usage figures to go on, I counted the visitors by hand for a week.',
    'I met the ward sister to check which patients had allergies, because half the notes were missing.',
  ])('reads %j', (sentence) => {
    expect(sentenceSignals(sentence).has('ambiguity')).toBe(true);
  });

  it.each([
    // A request for approval, a diagnosis, a fact awaited, a fault fixed, a gap worked around by another option.
    'I asked my manager to approve the budget.',
    'I asked the team what went wrong on Friday.',
    'I asked the nurse whether the patient could walk.',
    'The dashboard numbers were wrong, so I checked the join and fixed it.',
    'I sent the report before the manager had heard what happened.',
    'Our old reports were ugly, so I made new templates.',
    'We guessed the answer and won the quiz.',
    'The timetable was out of date, so we printed a new one.',
  ])('leaves %j', (sentence) => {
    expect(sentenceSignals(sentence).has('ambiguity')).toBe(false);
  });
});

describe('after-launch: an occasion of use and the writer’s change', () => {
  it.each([
    'After the pilot ended, the teachers told me the forms were too long, so I cut them to one page.',
    'The first night shift showed the pumps were too loud, so from then on we moved them to the corridor.',
    'In the first week two orders went to the wrong depot; after that we added a check of the postcode.',
    'When the new scanners were in use two weeks, I checked every rejected parcel and changed the threshold.',
  ])('reads %j', (sentence) => {
    expect(sentenceSignals(sentence).has('after-launch')).toBe(true);
  });

  it.each([
    // The project's own first step, the writer's other work, hindsight and plans.
    'After the first meeting I changed the agenda.',
    'After the first draft, I rewrote the intro.',
    'In the first month I added three new students to the group.',
    'After the first harvest I would cut the rate next time.',
    'Next time I would check the logs every day after go-live.',
    'In hindsight I would have watched the queue more closely after launch.',
  ])('leaves %j', (sentence) => {
    expect(sentenceSignals(sentence).has('after-launch')).toBe(false);
  });

  it('reads an event at the head of a sentence as a time in use only after a told launch', () => {
    const event = 'When the holiday peak came, we turned on the second region and nothing broke.';
    const shown = (text: string) => shownSentences(text, 'after-launch');
    expect(shown(`The new pipeline went live on 3 March. ${event}`)).toContain(event);
    expect(shown(`We planned the new pipeline for March. ${event}`)).not.toContain(event);
  });
});

describe('influence: a request to another party and the party’s decision on it', () => {
  it.each([
    'asked the product team for a bigger print button on the form, which they added in march.',
    'I asked the finance director to fund a second nurse, and she agreed.',
    'We got the head of nursing to approve the new rota.',
    'I got the warehouse’s two shift leads to accept a later start in the peak.',
  ])('reads %j', (sentence) => {
    expect(sentenceSignals(sentence).has('influence')).toBe(true);
  });

  it.each([
    // The writer's own people, and people served by the work, are no party moved; a request not yet granted.
    'I asked my team to write tests, and they did them.',
    'I asked the customers for feedback, which they gave.',
    'I asked the product team for a new button.',
  ])('leaves %j', (sentence) => {
    expect(sentenceSignals(sentence).has('influence')).toBe(false);
  });
});
