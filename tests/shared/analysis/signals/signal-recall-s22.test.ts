// Session 22 (signals): signal recall read from clause shapes (open-questions.ts and the modules named
// below). Sentences written for the test, in several voices; none is a fixture row.
import { describe, it, expect } from 'vitest';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';
import { storySignals } from '#shared/analysis/signals/story-signals';
import { evidenceShown } from '#shared/analysis/signals/evidence-shown';
import { viewOf } from '#shared/analysis/signals/sentence-view';
import type { SignalId } from '#shared/analysis/index';

const shows = (sentence: string, id: SignalId) => sentenceSignals(sentence).has(id);

describe('session 22: ambiguity told as an open question and the writer working around it', () => {
  it.each([
    'The registrar could not tell us whether night shifts would count towards the audit.',
    'nobody at the warehouse could say which pallets were the urgent ones, so I sorted by ship date',
    'The client did not say how many languages the site needed at launch.',
    'Procurement couldnt confirm if the new contract covered weekends, so we kept both rotas ready.',
    'The release had no firm date, so I built the campaign to start whichever week it landed.',
    'Our two regions could not agree on which returns counted as faulty.',
    'The exam dates were still undecided when I wrote the revision plan.',
    'He never answered, so I wrote the policy against the stricter reading.',
    'I planned the rota for both outcomes of the consultation.',
    'We sized the first order against the pessimistic forecast.',
    'I kept the old tariff live until the regulator gave us a decision.',
  ])('%s', (s) => expect(shows(s, 'ambiguity')).toBe(true));

  it.each([
    'I could not tell whether the spike was real until I checked the raw logs.',
    "You couldn't tell which version of the file was newest.",
    'The customer never replied, so I closed the ticket.',
    'The ticket was still open on Friday.',
    'I ran the new model against the current version for two weeks.',
    'We tested the build against the old API before the switch.',
    'I asked the office when the laptops would arrive.',
  ])('not: %s', (s) => expect(shows(s, 'ambiguity')).toBe(false));
});

describe('session 22: a failure after the release, mended, told in sentences that name no launch', () => {
  // The sentences of a story that storySignals marks after-launch.
  const afterLaunch = (action: string) => {
    const found = storySignals({ situation: '', task: '', action, result: '', reflection: '' }).signals.find(
      (s) => s.id === 'after-launch',
    )!;
    return found.evidence.map((e) => action.slice(e.start, e.end));
  };

  it('marks the trouble and its repair after the thing went live', () => {
    const action =
      'The new rota app went live on a Monday. By Wednesday, six carers had come through without a start time, so their visits showed as unassigned. I re-keyed the visits by hand every morning. The vendor patched the import the next week. Missed visits are now under one a month.';
    expect(afterLaunch(action)).toEqual([
      'By Wednesday, six carers had come through without a start time, so their visits showed as unassigned.',
      'I re-keyed the visits by hand every morning.',
      'The vendor patched the import the next week.',
    ]);
  });

  it('marks nothing before the launch, nor trouble in a pilot', () => {
    expect(
      afterLaunch(
        'We piloted the app in one branch and shipped it to all branches in May. In the pilot, orders came through without a postcode, and I fixed them by hand.',
      ),
    ).toEqual([]);
    expect(
      afterLaunch(
        'Orders came through without a postcode, so I fixed them by hand. We launched the form in May, and nothing broke.',
      ),
    ).toEqual([]);
  });

  it('reads a repair by hand in an incident story as after-launch', () => {
    expect(
      afterLaunch(
        'On Friday night the booking site started failing for every user. I renewed the expired key by hand and service came back within the hour.',
      ),
    ).toContain('I renewed the expired key by hand and service came back within the hour.');
  });
});

describe("session 22: influence as the writer's evidence and the other party's decision", () => {
  it.each([
    'The matron thought the new checklist would slow the drug round, so I timed ten rounds with it and showed her the times.',
    'Finance wanted monthly invoicing; I pulled a year of late payments and sent the controller the figures.',
    '- showed the warehouse manager the mis-pick counts by aisle, and he moved the fast sellers to the front',
    'I sent the head of sales the churn numbers for the annual plan, and she dropped the discount.',
    'The head of year and I agreed I would trial the seating plan with two forms first.',
    'We agreed that I would keep the old form open until the end of term.',
  ])('%s', (s) => expect(shows(s, 'influence')).toBe(true));

  // The shapes of evidence-shown.ts alone (older classes read some of these sentences on their own grounds).
  it.each([
    'I showed the new starters how to read the bay labels.',
    'I showed the team the results at the monthly review.',
    'I sent the client the weekly report every Friday.',
    'She showed me the figures, and I changed the plan.',
    'We agreed to meet every Tuesday.',
  ])('not: %s', (s) => expect(evidenceShown(viewOf(s))).toBeUndefined());

  it('reads evidence shown and the party changing course in the next sentence as influence', () => {
    const action =
      'I counted the returns by reason for six weeks and showed the category manager the numbers. She dropped the cheaper supplier at the next order.';
    const found = storySignals({ situation: '', task: '', action, result: '', reflection: '' }).signals.find(
      (s) => s.id === 'influence',
    )!;
    expect(found.evidence.map((e) => action.slice(e.start, e.end))).toEqual([
      'I counted the returns by reason for six weeks and showed the category manager the numbers.',
      'She dropped the cheaper supplier at the next order.',
    ]);
  });
});

describe('session 22: a trade-off told as the cost of a choice, taken on', () => {
  it.each([
    'It meant two extra school runs a week for the minibus, which we accepted.',
    'the stricter check added about a minute per order, which we were happy to pay',
    'Hosting it ourselves cost us a weekend a month of patching, which I thought was worth it.',
    'We kept the paper sign-in sheet as a backup and accepted that the totals would be a day late.',
    'I moved the batch to nights and accepted roughly 8 hours of staleness in the dashboard.',
    'We ran the whole stocktake on paper over two nights and accepted that the counts would be a week old.',
    'Splitting the order across two suppliers cost us £1,200 more in delivery fees.',
    'Keeping both rotas doubled the admin for the ward clerk.',
  ])('%s', (s) => expect(shows(s, 'trade-off')).toBe(true));

  it.each([
    'I proposed a four-day rota, which the manager accepted.',
    'I accepted the offer and started in May.',
    'I accepted the feedback and rewrote the intro.',
    'Fixing the bug cost us two days.',
    'During the peak it cost us about 40 orders an hour.',
    'They accepted about half of the suggestions.',
  ])('not: %s', (s) => expect(shows(s, 'trade-off')).toBe(false));
});

describe('session 22: a change made after the first stretch of use, for what was seen', () => {
  it.each([
    'After the first fortnight I moved the clinic to the afternoon because nobody came before ten.',
    'At the end of the first term we shortened the reading log, since half the class stopped filling it in.',
    'after the first two weeks we dropped the second reminder because people unsubscribed',
  ])('%s', (s) => expect(shows(s, 'after-launch')).toBe(true));

  it.each([
    'After the first sprint we changed the plan because the scope grew.',
    'After the first week of the project I moved the meeting because the PM was away.',
    'After the first term I became head of year.',
  ])('not: %s', (s) => expect(shows(s, 'after-launch')).toBe(false));
});
