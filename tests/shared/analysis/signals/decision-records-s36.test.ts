// Session 36 (signals): a trade-off told as a decision record across sentences (options listed, the pick or the cost
// taken on a sentence or two later, a part kept apart; decision-records.ts, story-context.ts), a cost accepted by
// another party (costs-accepted.ts), a constraint set by a party's rule, wish or contract with no verb of telling
// (party-demands.ts), and a partner named as a person from a group or as the leads of a function named in two words
// (party-phrases.ts, classes/cross-functional.ts). Every story and sentence here is our own writing for this test, in
// several voices (a charge nurse, an arable farmer, a platform lead, a head of maths, a Polish dispatcher in
// non-native English; aside: a German associate lawyer, a head chef, an ML engineer, a community midwife); none is a
// fixture row of another set or public text. The aside stories (decision-records-s36-aside.json) were put aside before
// any rule was written and measured once at the end.
import { describe, expect, it } from 'vitest';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';
import { optionsTold, pickAfterOptions } from '#shared/analysis/signals/decision-records';
import { NO_CONTEXT } from '#shared/analysis/signals/story-context';
import { signalsInContext } from '#shared/analysis/signals/context-readings';
import type { SignalId } from '#shared/analysis/signals/signal-ids';
import { readOwnStories, scoreOwnStories, shownSentences, type OwnStory } from './own-ladders';

const TARGET: readonly SignalId[] = ['trade-off', 'constraint', 'cross-functional'];

const score = (stories: OwnStory[]) => scoreOwnStories(stories, TARGET);

describe('decision records, demands without a telling verb, partners from a group (own stories)', () => {
  it('reads the tuning stories (before the rules: trade-off 2/0/8, constraint 0/0/8, cross-functional 3/0/6)', () => {
    expect(score(readOwnStories('decision-records-s36.json'))).toEqual({
      'trade-off': '10/0/0',
      constraint: '8/0/0',
      'cross-functional': '6/0/3',
    });
  });

  // Measured once when the rules were written; before them: trade-off 4/0/6, constraint 0/1/7, cross-functional
  // 4/2/5. Still missed: a rule that says "no X may be …" (no "may not" in it), a rota's own shortfall, the owner of a
  // rule or a cost-taker mid-sentence as a partner ("the head of payments said", "the ambulance service asked"), a
  // centre paired with. False: "in the data protection team" (the writer's own team, read as a function named in two
  // words: a new false mark of this session), older readings ("before the launch" as a deadline, a vendor chosen).
  it('reads the aside stories as measured once', () => {
    expect(score(readOwnStories('decision-records-s36-aside.json'))).toEqual({
      'trade-off': '10/0/0',
      constraint: '5/1/2',
      'cross-functional': '5/3/4',
    });
  });
});

describe('options listed, then the pick', () => {
  it.each([
    'We compared hiring a second harvester, sharing one with the neighbour, and lifting in two shorter campaigns.',
    'We looked at three ways: paper checklists at the bedside, a tab in the electronic record, and a second nurse.',
    'We had two possibilities: to start the drivers at 3, or to put a second driver on the long routes.',
  ])('reads %j as options told, and as a trade-off alone', (text) => {
    expect(optionsTold(text)).toBe(true);
    expect(sentenceSignals(text).has('trade-off')).toBe(true);
  });

  it.each([
    // Near misses: evidence or factors, not options.
    'I compared the invoices of March and April line by line.',
    'We discussed the budget, the rota and the menu.',
    'We compared the two weeks before and after the change.',
    'I looked at the logs, the traces and the dashboards.',
  ])('leaves %j: no options', (text) => {
    expect(optionsTold(text)).toBe(false);
    expect(sentenceSignals(text).has('trade-off')).toBe(false);
  });

  it('reads a pick or a cost taken on only a few sentences after the options', () => {
    const pick = 'I decided for the tab in the record, because the audits could read it without typing again.';
    expect(sentenceSignals(pick).has('trade-off')).toBe(false);
    expect(signalsInContext(pick, NO_CONTEXT).size).toBe(0);
    expect([...signalsInContext(pick, { ...NO_CONTEXT, optionsBefore: true })]).toEqual(['trade-off']);
    expect(pickAfterOptions('We accept owning upgrades of someone else’s code.')).toBe(true);
    expect(pickAfterOptions('We kept the old printer and nobody complained.')).toBe(false);
    const near =
      'We compared hiring a harvester, sharing one, and lifting in two campaigns. In the end I settled on sharing one.';
    expect(shownSentences(near, 'trade-off')).toContain('In the end I settled on sharing one.');
    const far =
      'We compared hiring a harvester, sharing one, and lifting in two campaigns. I rang the bank. I rang the vet. ' +
      'I fixed the drill. In the end I settled on sharing one.';
    expect(shownSentences(far, 'trade-off')).not.toContain('In the end I settled on sharing one.');
  });

  it.each([
    ['So we kept the grill inside and plated everything else outside on a cold station.', true],
    ['I proposed to keep the paper tests and use the online quiz only for homework.', true],
    ['I kept the receipts and sent everything else to the accountant.', false],
    ['We kept the old printer and nobody complained.', false],
  ])('reads a part kept apart as a choice: %j → %s', (text, read) => {
    expect(sentenceSignals(text).has('trade-off')).toBe(read);
  });

  it.each([
    ['Recall went down by about one point, which the head of payments said we can live with.', true],
    ['The steaks arrived a little cooler, which the couple accepted.', true],
    ['Sales fell in May, which the board accepted as normal.', false],
    ['We shipped more features, which the manager accepted.', false],
  ])('reads a cost accepted by another party: %j → %s', (text, read) => {
    expect(sentenceSignals(text).has('trade-off')).toBe(read);
  });
});

describe('a party’s or a rule’s demand with no verb of telling', () => {
  it.each([
    'The trust’s infection policy asked that every central line is checked twice a shift.',
    'Our contract with the acquiring bank requires a reply to any chargeback within five working days.',
    'Legal would not let card numbers leave the EU region.',
    'The law says a driver can not drive more than nine hours in one day.',
    'The customer wanted every pallet delivered before 6 in the morning.',
    'The sugar factory contract says deliveries within 48 hours of lifting in November.',
  ])('reads %j', (sentence) => {
    expect(sentenceSignals(sentence).has('constraint')).toBe(true);
  });

  it.each([
    'My son wanted every light in the house switched on.',
    'The rules say nothing about weekend shifts.',
    'The customer said the drivers were always friendly.',
    'The guests wanted a vegetarian option.',
    'The review team now asks for the model on all products.',
    'We insisted that every form be signed.',
  ])('leaves %j', (sentence) => {
    expect(sentenceSignals(sentence).has('constraint')).toBe(false);
  });
});

describe('a partner named as a person from a group, or as the leads of a function', () => {
  it.each([
    'I did the training plan together with Agnieszka from the practice education team.',
    'I worked out the timetable with Mr Okafor from the exams office.',
    'I explained the plan to Tomasz from the customer’s warehouse.',
    'I took the proposal to the product and data science leads before the review.',
  ])('reads %j', (sentence) => {
    expect(sentenceSignals(sentence).has('cross-functional')).toBe(true);
  });

  it.each([
    'The report came from the data team’s old dashboard.',
    'Our team lead asked me to write the summary.',
    'I joined the data science team in May.',
    'I had lunch with Anna from my team.',
  ])('leaves %j', (sentence) => {
    expect(sentenceSignals(sentence).has('cross-functional')).toBe(false);
  });
});
