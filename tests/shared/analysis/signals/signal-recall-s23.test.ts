// Session 23 (signals): recall classes read on the spent blind sets' tuning half, each tested with
// sentences written for the test in several voices; none is a fixture row.
import { describe, it, expect } from 'vitest';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';
import type { SignalId } from '#shared/analysis/index';

const shows = (sentence: string, id: SignalId) => sentenceSignals(sentence).has(id);

describe('session 23: persuasion told in a subject-less bullet (subjectless-bullets.ts)', () => {
  it.each([
    'Pushed back on the plan to close the clinic on Fridays - most referrals arrive on Thursday night.',
    'pushed back on moving the exam to June - the hall is booked for the fete',
    '- Made the case for a second courier to the regional director.',
    'Convinced the night manager to keep the old rota for one more month.',
  ])('%s', (s) => expect(shows(s, 'influence')).toBe(true));

  it.each([
    // Taking work on oneself moves nobody else's decision.
    'Offered to run the Saturday clinic myself.',
    // A participle that modifies the clause after it, and a passive: no act of the writer's.
    'Pushed back by a week, the audit finally took place in May.',
    'Pushed by the board to cut costs, the trust closed two wards.',
    // Someone else's pushback on the writer.
    'The ops lead pushed back on my plan.',
  ])('not: %s', (s) => expect(shows(s, 'influence')).toBe(false));
});

describe('session 23: a correction after the first run of something in use (first-use-corrections.ts)', () => {
  it.each([
    'After the first payroll run I corrected the overtime rule for night staff.',
    'after the first week i checked every missed-dose form with the pharmacist',
    'During the first mock exam the clock in the sports hall was wrong, so I moved the timing to the invigilators.',
    'Following the first delivery round we adjusted the cut-off for next-day orders.',
    'By the end of the first two weeks I had tightened the alert threshold.',
  ])('%s', (s) => expect(shows(s, 'after-launch')).toBe(true));

  it.each([
    // The project's own first steps come before anything is live.
    'After the first draft I changed the order of the chapters.',
    'After the first meeting we changed the agenda.',
    'After the first test run I fixed the column mapping.',
    'After the first week of the training course I changed my revision timetable.',
    // A career step, and a single look rather than a review of every case.
    'After the first year I moved to the night team.',
    'After the first payroll run I checked the total with finance.',
  ])('not: %s', (s) => expect(shows(s, 'after-launch')).toBe(false));
});

describe('session 23: a shortfall of a resource (resource-shortfalls.ts)', () => {
  it.each([
    "We didn't have enough porters for two theatre lists, so I moved the second list to the afternoon.",
    'there were not enough laptops for the whole class',
    'Could not get extra drivers approved for the Christmas week.',
    'I did not have enough time to test every branch.',
    'we couldnt hire more markers, so the papers went out in two batches',
  ])('%s', (s) => expect(shows(s, 'constraint')).toBe(true));

  it.each([
    // Short of knowing or believing: not a limit the work had to respect.
    'We did not have enough evidence to say which change helped.',
    "The team didn't have enough context on the old billing rules.",
    // Having enough is no shortfall; more as a comparison is none either.
    'We had enough drivers for the peak.',
    'I asked for more examples of failed orders.',
  ])('not: %s', (s) => expect(shows(s, 'constraint')).toBe(false));
});

describe('session 23: another party granting what the writer asked (granted-requests.ts)', () => {
  it.each([
    'The church warden agreed to let us use the side room on Thursdays.',
    'after two calls the landlord agreed to give us another month on the lease',
    'The head of finance finally agreed to fund a second post.',
    'The exam board agreed to accept the off-site room.',
  ])('%s', (s) => expect(shows(s, 'influence')).toBe(true));

  it.each([
    // The writer's own side agreeing, and agreeing to routine.
    'We agreed to meet every Monday.',
    'We agreed to give the night staff a week to try it.',
    // People served by the work, agreeing to what is offered to them.
    'The patients agreed to take part in the survey.',
  ])('not: %s', (s) => expect(shows(s, 'influence')).toBe(false));
});

describe('session 23: a sign-off only waited for is no influence (awaited-sign-offs.ts)', () => {
  it.each([
    'I kept the paper rota running until the ward managers signed off.',
    'held the new tariff back until finance had signed off',
  ])('not: %s', (s) => expect(shows(s, 'influence')).toBe(false));

  it.each([
    'I reworked the risk table with the safety officer until she signed off.',
    'The board signed off on my plan in March.',
  ])('%s', (s) => expect(shows(s, 'influence')).toBe(true));
});

describe('session 23: a result reached by a date is no deadline (result-dates.ts)', () => {
  it.each([
    'Missed doses halved by the end of the quarter.',
    'Late deliveries were down a third by the end of the year.',
  ])('not constraint: %s', (s) => expect(shows(s, 'constraint')).toBe(false));
  it('a date the work had to meet is still a constraint', () =>
    expect(shows('The new rota had to be live by the end of the month.', 'constraint')).toBe(true));
});

describe("session 23: a title line names the writer's own post (signal-title-lines.ts)", () => {
  it.each([
    'Data Analyst, Riverside Housing Trust (2019 to 2023)',
    "Charge Nurse - St Mary's Hospital, 2018-present",
    'Support Team Lead at Parcelwise (Mar 2020 - Jan 2023)',
  ])('not cross-functional: %s', (s) => expect(shows(s, 'cross-functional')).toBe(false));
  it('a party in a sentence is still read', () =>
    expect(shows('Worked with the finance team on the month-end close.', 'cross-functional')).toBe(true));
});

describe('session 23: the writer going ahead on an assumption (assumed-plans.ts)', () => {
  it.each([
    'I planned as if the council would approve the extension.',
    'nobody knew if the grant would come through, so i booked the venue on the assumption that it would',
    'Went ahead assuming the old forms would stay valid until June.',
  ])('%s', (s) => expect(shows(s, 'own-decision')).toBe(true));
  it.each(['The nightly job assumes every timestamp is UTC.', 'I assumed the numbers were right.'])('not: %s', (s) =>
    expect(shows(s, 'own-decision')).toBe(false),
  );
});

describe('session 23: a verbless option with its reason (option-fragments.ts)', () => {
  it.each([
    'Weekly batch scoring rather than real-time scoring, because the branches only acted on Mondays.',
    'paper sign-in sheets instead of the tablet app, since the hall had no wifi',
  ])('%s', (s) => expect(shows(s, 'trade-off')).toBe(true));
  it.each([
    'Curiosity rather than confrontation, because people open up when they feel heard.',
    'Moved the night jobs over to the new cluster because the old one was full.',
  ])('not: %s', (s) => expect(shows(s, 'trade-off')).toBe(false));
});

describe('session 23: a cost paid for a gain (costs-for-gains.ts)', () => {
  it.each([
    'The shorter form cost us a few detailed answers, but twice as many parents filled it in.',
    'We offered a longer payment plan in return for a signed agreement.',
    'I dropped three of the weaker signals, because the underwriters had to explain every score.',
  ])('%s', (s) => expect(shows(s, 'trade-off')).toBe(true));
  it.each(['The licence cost £4,000 a year.', 'I dropped the kids at school before my shift.'])('not: %s', (s) =>
    expect(shows(s, 'trade-off')).toBe(false),
  );
});

describe('session 23: a meeting held with a decider to agree something (agreements-sought.ts)', () => {
  it.each([
    'Met with the two ward managers to settle on one handover form.',
    'I worked with the payroll team to agree which allowances counted as overtime.',
  ])('%s', (s) => expect(shows(s, 'influence')).toBe(true));
  it.each(['I sat with four call handlers to agree which fields the screen must show.'])('not: %s', (s) =>
    expect(shows(s, 'influence')).toBe(false),
  );
});
