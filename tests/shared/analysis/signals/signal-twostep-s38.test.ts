// Session 38 (signals): signals told across two sentences or by the writer's side. Influence read as one frame of two
// halves (persuasion-context.ts): the writer's case, a request or evidence put to a party in one sentence, and the
// party's decision opening the next ("I asked the staffing office for a protected night slot." then "Two weeks later
// the staffing office agreed."), or the writer's side settling with it ("We agreed on a split") after the case or
// the other side's objection. Ambiguity read as the unknown in one sentence and, in the next, the writer starting on a
// part of it or setting out to find out (context-readings.ts). A trade-off read as the old option kept for what it
// held unchanged (costs-for-gains.ts). A party present in the scene (the police, the public, a bank answering payments,
// a landlord, a courier) is a partner only when the writer deals with it in the sentence (partner-context.ts). Every story and sentence here is our own writing for this test, in several voices
// (a cardiac nurse, a potato farmer, an English teacher, a charity subtitler, a bank fraud lead, a gas-meter fitter; the
// aside half: a Polish dispatcher and a German electrician in non-native English, an employment lawyer, a head chef, an
// ML engineer, a community midwife, a shop manager, a teacher); none is a fixture row of another set or public text.
// The aside stories (signal-twostep-s38-aside.json) were put aside before any rule was written and measured once at
// the end.
import { describe, expect, it } from 'vitest';
import { storySignals } from '#shared/analysis/signals/story-signals';
import { storyTextOf } from '#shared/analysis/signals/evaluate-signals';
import { storySentences } from '#shared/analysis/signals/story-sentences';
import type { SignalId } from '#shared/analysis/signals/signal-ids';
import { readOwnStories, scoreOwnStories, type OwnStory } from './own-ladders';

const TARGET: readonly SignalId[] = ['influence', 'ambiguity', 'trade-off', 'cross-functional'];
const score = (stories: OwnStory[]) => scoreOwnStories(stories, TARGET);

/** Which sentences of a short story show the signal, as 1/0 in story order. */
function marks(text: string, id: SignalId): number[] {
  const story = storyTextOf(text);
  const evidence = storySignals(story).signals.find((s) => s.id === id)!.evidence;
  return storySentences(story).map((s) =>
    evidence.some((e) => e.section === s.section && e.start === s.start) ? 1 : 0,
  );
}

describe('signals across two sentences (own stories)', () => {
  // Before the rules: influence 9/0/7, ambiguity 3/1/3, trade-off 2/0/4, cross-functional 6/4/10. Cross-functional
  // is unchanged: a party taken up by a pronoun in the second half ("A month later they agreed") is left unread (no
  // spent writer labels it), and the false marks here are roles of the writer's own side ("The night analysts were
  // already at their limit") and a landlord asked for keys, which the scene-party test leaves to the asking.
  it('reads the tuning stories', () => {
    expect(score(readOwnStories('signal-twostep-s38.json'))).toEqual({
      influence: '16/0/0',
      ambiguity: '6/1/0',
      'trade-off': '5/0/1',
      'cross-functional': '6/4/10',
    });
  });
});

describe('influence: a case put to a party, and its decision in the next sentence', () => {
  it.each([
    'I asked the staffing office for a protected night slot once a month. Two weeks later the staffing office agreed.',
    'I asked the pharmacy for a second fridge on the ward. A month later they agreed.',
    'We asked the council to move the bin collection to the afternoon. The council said yes in March.',
    'I proposed a shorter handover form to the quality team. After two meetings they accepted it.',
    'I pushed the head of estates for a second lift engineer. In the end he gave us the go-ahead.',
    'We wrote to the council asking for a later bin round. By June they had signed it off.',
    'I took the rota proposal to the matron. After a week she came round.',
    'I asked the depot manager to let us start at six. He okayed it the next day.',
    'We begged the head of the exam board for one more week. They have agreed.',
    'I showed him a week of our scale readings next to his depot weights. He accepted it and dropped the gate check.',
  ])('reads both halves of %j', (text) => {
    expect(marks(text, 'influence')).toEqual([1, 1]);
  });

  it.each([
    'I put the library loan figures in front of the deputy head. She kept the club and moved it to Thursdays.',
    'I brought the draft timetable to the deputy head. She approved it and moved the mocks.',
    // The writer's side settling, after the other side's objection or the writer's case.
    'She pushed back, because two of the features were promised to a big customer. We agreed on a split.',
    'The union rep objected to the new shift pattern. In the end we settled on one late shift a week.',
  ])('reads the decision in %j', (text) => {
    expect(marks(text, 'influence')[1]).toBe(1);
  });

  it.each([
    // A request for a thing handed over, a routine agreed, a refusal, another's request, people served, a thing taught.
    'I asked the landlord for the spare keys. He gave them to me on Monday.',
    'I asked the team to review the plan. They agreed to meet on Tuesday.',
    'I asked the supplier for a discount. They refused.',
    'I asked the IT desk for a new badge. It came the next day.',
    'I asked the ward sister about the new rota. She said it started in May.',
    'I showed the trainees the new scanner. They changed the batteries.',
    'I asked the pharmacy for a second fridge. The patients agreed.',
    'The payments team asked us for a report. We agreed to send it every week.',
  ])('leaves %j unread', (text) => {
    expect(marks(text, 'influence')).toEqual([0, 0]);
  });
});

describe('ambiguity: an unknown, and the writer starting on a part or finding out', () => {
  it.each([
    'Nobody could tell us which sites had the old meters. I picked the two we could visit and started there.',
    'The survey data did not say which farms still used the old pumps. I called the three biggest farms and started with them.',
    'No one knew which classes had finished the old syllabus. We chose the two Year 10 groups we could test that week.',
    'Nobody could say which forms the new rules would need. I wrote down every case we had and took the list to the auditor.',
    'The broker was not sure which documents the border would ask for. We made a list of questions and rang him every week.',
  ])('reads the act in %j', (text) => {
    expect(marks(text, 'ambiguity')[1]).toBe(1);
  });

  it.each([
    // The act after no unknown, a sample counted in hundreds, a whole taken, an unknown of no work.
    'The soil was wet all spring. I picked the two driest fields and started there.',
    'Nobody knew why the error rates differed. I took 300 wrong cases and sorted them by type.',
    'Nobody knew the answer to the last quiz question. I laughed and we went home.',
  ])('leaves the second sentence of %j unread', (text) => {
    expect(marks(text, 'ambiguity')[1]).toBe(0);
  });
});

describe('trade-off: the old option kept for what it held unchanged', () => {
  it.each([
    "We kept the old threshold so alert volume didn't change.",
    'We kept the paper forms so the older drivers could still fill them in.',
    'I left the existing rota in place so nobody needed new training.',
    'We stuck with the current supplier so the prices stayed the same until March.',
  ])('reads %j', (text) => {
    expect(marks(text, 'trade-off')).toEqual([1]);
  });

  it.each([
    'We kept the meeting short so people could get back to the ward.',
    'I kept the old photos so we could compare them later.',
    'We kept the old van running for another year.',
  ])('leaves %j unread', (text) => {
    expect(marks(text, 'trade-off')).toEqual([0]);
  });
});

describe('cross-functional: parties in the scene are no partners', () => {
  const partner = (text: string) => marks(text, 'cross-functional')[0];
  it.each([
    'Members of the public called the police about the smell.',
    'The bank answered slowly, so some customers were charged twice.',
    'I did not wait for the bank and added an idempotency key to every charge.',
    'The police closed the road after the crash, so the driver took the long way round.',
    'The courier left the parcels at the wrong door.',
  ])('leaves %j unread', (text) => {
    expect(partner(text)).toBe(0);
  });

  it.each([
    'I met the landlord to agree the refit dates.',
    'I worked with the police liaison officer on the new reporting form.',
    'Nobody knew if the bank or our retry was at fault, and the bank did not answer my emails for days.',
    'The supplier agreed to hold the price until March.',
    // The party acting on the work, or a role of its named as the head: a partner.
    'The police asked for marshals at every crossing, so I recruited 40 volunteers.',
    'The bank answered after two weeks with an example file.',
    "I pulled 300 tracking records and took them to the courier's regional manager.",
    "I reviewed the message formats with each bank's technical contacts before writing any mapping.",
  ])('reads %j', (text) => {
    expect(partner(text)).toBe(1);
  });
});
