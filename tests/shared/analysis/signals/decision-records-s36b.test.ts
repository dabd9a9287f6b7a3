// Session 36 round 2 (signals): a trade-off told as a decision record whose options the first reader missed: a count
// of options with what makes them open before the colon ("three ways to go on:", "two choices open:"), options named
// as the subject ("The options were …"), and bare nouns listed after a verb of weighing that a pick a sentence or two
// later names ("we looked at phonics groups, reading buddies …" then "in the end i picked the reading buddies");
// decision-records.ts, story-context.ts. Every story and sentence here is our own writing for this test, in several
// voices (a dairy farmer, a reading lead in lower-case bullets, a Polish solicitor, a van driver, a head chef, a site
// manager; aside: an office manager, a community midwife, a farmer, a shopkeeper); none is a probe row, a fixture row
// of another set or public text. The aside stories (decision-records-s36b-aside.json) were put aside before any rule
// was written and measured once at the end.
import { describe, expect, it } from 'vitest';
import { storySignals } from '#shared/analysis/signals/story-signals';
import { storyTextOf } from '#shared/analysis/signals/evaluate-signals';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';
import { looseOptions, optionsTold, pickNamesOption } from '#shared/analysis/signals/decision-records';
import { readOwnStories, scoreOwnStories, type OwnStory } from './own-ladders';

/** tp/fp/fn of trade-off over the labeled sentences of the stories. */
const score = (stories: OwnStory[]): string =>
  scoreOwnStories(stories, ['trade-off'], {
    // A bullet's marker is no part of the sentence the splitter cuts.
    sentence: (labeled) => labeled.replace(/^\s*-\s+/, ''),
  })['trade-off'];

describe('decision records whose options are counted, named, or named back by the pick (own stories)', () => {
  it('reads the tuning stories (before the rules: trade-off 0/0/8)', () => {
    expect(score(readOwnStories('decision-records-s36b.json'))).toBe('8/0/0');
  });

  // Measured once when the rules were written; before them 1/0/6. Still missed: bare nouns whose last item runs past
  // eight words because "and" before a bare noun ("a phone clinic and group sessions in …") is no item break.
  it('reads the aside stories as measured once (before the rules: trade-off 1/0/6)', () => {
    expect(score(readOwnStories('decision-records-s36b-aside.json'))).toBe('5/0/2');
  });
});

describe('options counted or named', () => {
  it.each([
    'There were three ways to go on: a second-hand parlour, a new rotary, or one robot for half the herd.',
    'For the client we had two choices open: a settlement now or a full trial next year.',
    'The options were night runs, a second van, or a later slot for the shops.',
    'We had two options on the table: a bigger boiler, or two small ones.',
  ])('reads %j as options told, and as a trade-off alone', (text) => {
    expect(optionsTold(text)).toBe(true);
    expect(sentenceSignals(text).has('trade-off')).toBe(true);
  });

  it.each([
    'The hotel has three ways into the kitchen: the front pass, the side door and the loading bay.',
    'There are two routes through the park: the river path and the hill.',
    'The options were discussed with the owner.',
    'Our choices are always written on the board.',
  ])('leaves %j: no options for a choice', (text) => {
    expect(optionsTold(text)).toBe(false);
    expect(sentenceSignals(text).has('trade-off')).toBe(false);
  });
});

describe('bare nouns weighed, then a pick that names one', () => {
  const list = 'we looked at tablets on each bay, handhelds for every driver, and the wall screens in the office';
  it('reads the list alone as no options, and keeps each item’s own naming words', () => {
    expect(optionsTold(list)).toBe(false);
    expect(sentenceSignals(list).has('trade-off')).toBe(false);
    expect(looseOptions(list)).not.toBeNull();
    expect(looseOptions('I looked at the logs.')).toBeNull();
  });

  it.each([
    ['in the end i chose handhelds, the bays are too small', true],
    ['We went with the wall screens because everyone passes the office.', true],
    ['I chose a Tuesday for the training.', false],
    ['I rang the supplier about handhelds.', false],
  ])('%j names an option picked: %s', (text, named) => {
    expect(pickNamesOption(text, looseOptions(list)!)).toBe(named);
  });

  it('marks the list and the pick only when the pick follows within a few sentences', () => {
    const near = storyTextOf(`${list}. In the end I went with the wall screens.`);
    const marked = storySignals(near).signals.find((s) => s.id === 'trade-off')!.evidence;
    expect(marked).toHaveLength(2);
    const far = storyTextOf(
      `${list}. I rang the bank. I rang the vet. I fixed the drill. I went with the wall screens.`,
    );
    expect(storySignals(far).signals.find((s) => s.id === 'trade-off')!.evidence).toHaveLength(0);
  });
});

describe('a partner from a group named by its initials; people a thing is for', () => {
  it.each([
    'sat with Gareth from IT for two afternoons to get the handhelds talking to the bed board',
    'I went through the rota with Priya from HR.',
    'I worked out the menu with Tom from QA.',
  ])('reads %j', (sentence) => {
    expect(sentenceSignals(sentence).has('cross-functional')).toBe(true);
  });

  it.each([
    'I got the stock figures from SAP.',
    'The report from IT was late.',
    'we looked at handhelds for every nurse on the ward',
    'We bought lockers for all the drivers.',
  ])('leaves %j', (sentence) => {
    expect(sentenceSignals(sentence).has('cross-functional')).toBe(false);
  });
});
