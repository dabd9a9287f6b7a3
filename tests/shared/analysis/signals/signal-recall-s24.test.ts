// Session 24 (signals): recall classes read on the spent blind sets' tuning half (odd ids, fresh-stories-16
// included), each tested with sentences written for the test in several voices; none is a fixture row.
import { describe, it, expect } from 'vitest';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';
import type { SignalId } from '#shared/analysis/index';
import { viewOf } from '#shared/analysis/signals/sentence-view';
import { reviewedAfterElapsedTime } from '#shared/analysis/signals/elapsed-time-reviews';
import { assentAfterEvidence } from '#shared/analysis/signals/assent-after-evidence';
import { termsAgreed } from '#shared/analysis/signals/terms-agreed';
import { partyDemand } from '#shared/analysis/signals/party-demands';
import { limitThenChoice } from '#shared/analysis/signals/limits-then-choice';
import { practiceCopied } from '#shared/analysis/signals/practice-copied';

const shows = (sentence: string, id: SignalId) => sentenceSignals(sentence).has(id);

describe('session 24: a review or correction told by the time elapsed since the start (elapsed-time-reviews.ts)', () => {
  it.each([
    '3 wks in, checked the returns log again and moved the Friday pickups to Thursday',
    'About ten minutes in, the card reader started to time out, and I switched the tills to the backup line.',
    'Once the new rota had been running for a month, I went through every complaint with the ward sister.',
    'In the first week after the clinic opened, two families missed their slot, so we added a text reminder.',
    'Two months in, we tightened the fraud threshold for new accounts.',
  ])('%s', (s) => expect(shows(s, 'after-launch')).toBe(true));

  it.each([
    // A time that is no elapsed run: booked ahead, a total, a project's own phase.
    'Three weeks in advance, I changed the seating plan for the exam.',
    'Two weeks into the sprint, I rewrote the plan.',
    'Six weeks in, I rewrote the project plan with the sponsor.',
    // A result measured then, with no act of the writer's.
    'Six weeks in, queues at the gate were down by a third.',
    'A month in, the numbers had dropped and nobody complained.',
  ])('not: %s', (s) => expect(reviewedAfterElapsedTime(viewOf(s))).toBeUndefined());
});

describe("session 24: a party's yes that came after the writer's evidence (assent-after-evidence.ts)", () => {
  it.each([
    'I asked the council to extend the permit, and they did after I sent them the footfall counts.',
    'Two governors agreed at once, the third only after I showed her the attendance figures.',
    'The landlord finally said yes once I had shown him the insurance certificate.',
    'the supplier came round when i walked them through our returns data',
  ])('%s', (s) => expect(shows(s, 'influence')).toBe(true));

  it.each([
    // The writer's own side acting after showing is no party moved; a time with no evidence shown.
    'We launched the rota after I sent the team the final timetable.',
    'The board approved the budget after I joined the trust.',
    'They agreed to the date once the venue was free.',
  ])('not: %s', (s) => expect(assentAfterEvidence(viewOf(s))).toBeUndefined());
});

describe('session 24: terms agreed with another side, whoever it is (terms-agreed.ts)', () => {
  it.each([
    'I agreed with the dental surgery across the road that they would take our emergency patients on Mondays.',
    'We agreed with the courier firm to collect twice a day in December.',
    'I agreed one scoring rubric with the four heads of department.',
    'we agreed a single cut-off with both kitchens',
  ])('%s', (s) => expect(shows(s, 'influence')).toBe(true));

  it.each([
    // An opinion agreed with, the writer's own team, an idea.
    'I agreed with her that the deadline was too tight.',
    'I agreed with the team that we would ship on Friday.',
    'We agreed with the idea to move the stand-up.',
    'I agreed with my manager to take on the migration.',
  ])('not: %s', (s) => expect(termsAgreed(viewOf(s))).toBeUndefined());
});

describe('session 24: a thing asked for with its time box (constraint.ts limitsTold)', () => {
  it.each([
    'Marketing asked for a new landing page in two weeks for the spring sale.',
    'The head asked me for a revised timetable in three days.',
  ])('%s', (s) => expect(shows(s, 'constraint')).toBe(true));

  it.each([
    // A request with no time, and a time that is a result.
    'Marketing asked for a new landing page for the spring sale.',
    'I asked for feedback and got it in two days.',
  ])('not: %s', (s) => expect(shows(s, 'constraint')).toBe(false));
});

// Session 36 folded party-requirements.ts into the demand frame of party-demands.ts; these rows still hold.
describe('session 24: a party setting a rule for the work (party-demands.ts)', () => {
  it.each([
    'The infection control nurses insisted that every cannula be labelled with the date.',
    'The fire officer asked for stewards at every exit.',
    'legal asked us to keep a copy of every consent form',
    'The council asked that no music be played after 9pm.',
    'The landlord asked us never to prop the fire door open.',
  ])('%s', (s) => expect(partyDemand(viewOf(s))).toBeDefined());

  it.each([
    // A plain request for a thing or a task is no rule for the work.
    'The ops lead asked for a dashboard.',
    'The head of finance asked me to present the numbers on Friday.',
    // The writer's side setting the rule, and a bare "required" after any party (left to authority-limits.ts).
    'We insisted that every form be signed.',
    'The supplier required a deposit.',
    // A need passed on is left unread (see the module).
    'The ward sister told us the night checks needed two signatures.',
  ])('not: %s', (s) => expect(partyDemand(viewOf(s))).toBeUndefined());
});

describe('session 24: a limit on what someone could do and the choice it shaped (limits-then-choice.ts)', () => {
  it.each([
    'The caterer could not handle the extra covers, so I booked a second kitchen for the weekend.',
    'The old till system only took whole-pound prices, so we rounded the menu.',
    'We only had about 900 past claims with outcomes, so I kept the model to six features.',
    'We kept the morning clinic and dropped the evening one, since the nurses could not cover both.',
    'We ran short huddles instead of a full-day course, because nobody could be released for a day.',
    // The consequence after "so" is itself a limit.
    'the courier only collects on weekdays, so Saturday orders could not go out the same day',
    'The hall only seats 120, so the assembly had to be split.',
  ])('%s', (s) => expect(shows(s, 'constraint')).toBe(true));

  it.each([
    // The writer's own trouble, an inability that is no capacity, a limit with no choice after it.
    'I could not get the report to load, so I restarted the server.',
    'The patient could not walk, so we used a hoist.',
    'The caterer could not handle the extra covers.',
    'We only took the train because it was cheaper.',
  ])('not: %s', (s) => expect(limitThenChoice(viewOf(s))).toBeUndefined());
});

describe("session 24: other units taking up the writer's practice (practice-copied.ts)", () => {
  it.each([
    'The other depots in the region copied our loading plan.',
    'The other surgical ward now runs the same bank.',
    'The librarian asked the other three branches to use our booking sheet.',
    'Both other kitchens switched to it by spring.',
  ])('%s', (s) => expect(shows(s, 'influence')).toBe(true));

  it.each([
    // Other units with their own things, and others named with no practice taken up.
    'The other ward used a paper rota.',
    'The other nurses were tired.',
    'Other schools had their own timetable.',
  ])('not: %s', (s) => expect(practiceCopied(viewOf(s))).toBeUndefined());
});

describe('session 24: terms agreed with a side named by a count, and a first half term', () => {
  it('reads a count opening the other side', () =>
    expect(shows('I agreed with two local bakeries that they would keep back their unsold bread.', 'influence')).toBe(
      true,
    ));
  it('reads a half term as one period of use', () =>
    expect(
      shows('after the first half term the rooms still clashed, so i moved the art exam myself', 'after-launch'),
    ).toBe(true));
  it('keeps the first half of something unread', () =>
    expect(shows('After the first half of the year I moved to the night team.', 'after-launch')).toBe(false));
});
