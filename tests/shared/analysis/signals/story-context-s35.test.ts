// Session 35 (signals): a story context the readers of one sentence consult (story-context.ts, context-readings.ts) —
// a launch told as done a few sentences before a time such as "In the first fortnight", an unknown told just before
// "So I …" — and constraints told as another party's word or as a date with no slack (reported-limits.ts). Every
// story and sentence here is our own writing for this test, in several voices (an ML engineer, a depot manager, a
// charge nurse, a warehouse lead in Spanish-English, a dairy farmer, a head of year, a lawyer in German-English, a
// bank engineer); none is a fixture row of another set or public text. The aside stories
// (story-context-s35-aside.json) were put aside before any rule was written and measured once at the end.
import { describe, expect, it } from 'vitest';
import { storySignals } from '#shared/analysis/signals/story-signals';
import { storyTextOf } from '#shared/analysis/signals/evaluate-signals';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';
import { NO_CONTEXT, toldLaunch } from '#shared/analysis/signals/story-context';
import { signalsInContext } from '#shared/analysis/signals/context-readings';
import type { SignalId } from '#shared/analysis/signals/signal-ids';
import { readOwnStories, scoreOwnStories, shownSentences, type OwnStory } from './own-ladders';

const TARGET: readonly SignalId[] = ['constraint', 'after-launch', 'ambiguity', 'own-decision'];

const score = (stories: OwnStory[]) => scoreOwnStories(stories, TARGET);

describe('signals anchored a sentence earlier, and limits told by another party (own stories)', () => {
  it('reads the tuning stories (before the rules: constraint 1/0/3, after-launch 0/0/6, ambiguity 5/0/4, own-decision 1/0/4)', () => {
    expect(score(readOwnStories('story-context-s35.json'))).toEqual({
      constraint: '4/0/0',
      'after-launch': '4/0/2',
      ambiguity: '9/0/0',
      'own-decision': '5/0/0',
    });
  });

  // Measured once when the rules were written; before them: constraint 3/2/3, after-launch 0/1/4, ambiguity 3/0/6,
  // own-decision 0/0/4. The false marks are older readings of the near misses, not this session's. Still missed: an
  // unknown the readers of one sentence do not read ("Nobody, not even the dealer, could say …", "We could not tell
  // whether …"), so the "So I …" after it has no anchor; a non-software time in use with no trouble word ("a third of
  // year 8 handed nothing in"); an option ruled out by a limit in a relative clause.
  it('reads the aside stories as measured once', () => {
    expect(score(readOwnStories('story-context-s35-aside.json'))).toEqual({
      constraint: '5/2/1',
      'after-launch': '3/1/1',
      ambiguity: '5/0/4',
      'own-decision': '2/0/2',
    });
  });
});

describe('the story context', () => {
  it.each([
    'We launched in the second week of March.',
    'The electronic prescribing went live on our ward in May.',
    'We did the cutover in both warehouses on the last weekend of March.',
    'We switched the herd over to the robot on the 2nd of April.',
    'The new timetable started on the first of September.',
    'The tool went live for my team two weeks before.',
  ])('reads %j as a launch told as done', (text) => {
    expect(toldLaunch(text)).toBe(true);
  });

  it.each([
    'We planned the go-live of the new rota system for the spring.',
    'We planned to launch the booking app in June.',
    'Two days before go-live we found a bug in the tax rules.',
    'We launched a pilot in two stores.',
    'Their director had promised the board a launch in the autumn.',
    'We did not launch until the data was clean.',
  ])('leaves %j: no launch done', (text) => {
    expect(toldLaunch(text)).toBe(false);
  });

  it('reads a sentence by the context it is given, and caches each context apart', () => {
    const early = 'In the first fortnight the queue filled up with small claims from a single garage.';
    expect(sentenceSignals(early).has('after-launch')).toBe(false);
    expect(signalsInContext(early, NO_CONTEXT).size).toBe(0);
    expect([...signalsInContext(early, { ...NO_CONTEXT, launched: true })]).toEqual(['after-launch']);
    expect(signalsInContext(early, NO_CONTEXT).size).toBe(0);
    const act = 'So I asked two investigators to go through forty of its claims by hand.';
    expect([...signalsInContext(act, { ...NO_CONTEXT, unknownBefore: true })].sort()).toEqual([
      'ambiguity',
      'own-decision',
    ]);
    expect(signalsInContext(act, { ...NO_CONTEXT, launched: true }).size).toBe(0);
  });

  it('reads a time in use only a few sentences after the launch, and never in a lesson', () => {
    const far =
      'We launched the new claims screen in March. I wrote the guide. I trained the teams. I ran the survey. ' +
      'I moved to the payments squad. In the first fortnight the queue filled up with small claims.';
    expect(shownSentences(far, 'after-launch')).toEqual([]);
    const lesson = storyTextOf(
      '**Action:** We launched the booking screen in May.\n\n**Reflection:** In the first week I would watch the errors more closely.',
    );
    expect(storySignals(lesson).signals.find((s) => s.id === 'after-launch')!.evidence).toEqual([]);
  });

  it.each([
    ['We launched the booking app in May.', 'In the first month I also met every new student nurse.'],
    ['We launched the booking app in May.', 'In the first month sales doubled.'],
    ['We planned the go-live for March.', 'In the first week the pickers were skipping the scan.'],
    ['We launched the booking app in May.', 'In the first week of the summer term I ran the school trip.'],
    ['Nobody knew the final price of the hosting yet.', 'So the budget stayed open.'],
    ['Nobody knew how many nurses would pick the new shifts.', 'So I was nervous about the rota.'],
  ])('leaves the second sentence of %j / %j unread by its context', (first, second) => {
    const text = `${first} ${second}`;
    for (const id of ['after-launch', 'ambiguity', 'own-decision'] as const)
      expect(shownSentences(text, id)).not.toContain(second);
  });
});

describe('constraints told as another party’s word, or as a date with no slack', () => {
  it.each([
    'The teacher told the class that every essay had to be handed in by Friday.',
    'The landlord told us we had to leave the office by the end of the year.',
    'Our manager promised the customer a fix by the end of the week.',
    'In February the county told us that from the autumn term every school route had to use low-floor buses.',
    'Their director had already promised the board it would be live before the end of the financial year.',
    'The old handhelds were going out of support the end of March, so we could not delay it.',
  ])('reads %j', (sentence) => {
    expect(sentenceSignals(sentence).has('constraint')).toBe(true);
  });

  it.each([
    'The council told us that the new depot would open in spring.',
    'I told my team that every ticket had to be closed by Friday.',
    'We promised the client a demo in March.',
    'The supplier promised us new batteries by Friday.',
    'My manager told me the board liked the plan.',
    'She told me all the files were on the shared drive by Monday.',
    'He said that every time we met in March it rained.',
    'The vendor promised a discount for the next year.',
  ])('leaves %j', (sentence) => {
    expect(sentenceSignals(sentence).has('constraint')).toBe(false);
  });
});
