// Session 22 (signals2): an organisation named as the writer's counterpart, read by its role in the clause
// (organisation-parties.ts). Sentences written for the test, in several voices; none is a fixture row.
import { describe, it, expect } from 'vitest';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';
import { organisationParty } from '#shared/analysis/signals/organisation-parties';
import { viewOf } from '#shared/analysis/signals/sentence-view';

describe('an organisation as the counterpart: object, subject of a reply or an assent, after "with"', () => {
  it.each([
    'I rang the exam board twice about the missing certificates.',
    'Chased the wholesaler every morning until the insulin pens arrived.',
    'emailed the regulator with our draft wording',
    'I negotiated with the landlord for two extra parking bays.',
    'Opened a ticket with the payment processor and sent them the failing requests.',
    'The local authority replied within a week and accepted our transport plan.',
    'the carrier refused to collect after 5pm on Fridays',
    'IT replied that the firewall change needed a ticket, so I raised one.',
    'We waited on the council for the licence before printing the posters.',
    'Got written approval from the regulator in March.',
    'The franchisees agreed to trial the new menu in six stores.',
    "I met the supplier's account team and went through every late order.",
  ])('%s', (s) => expect(sentenceSignals(s).has('cross-functional')).toBe(true));

  it.each([
    "The supplier's boxes were too big for our shelves.",
    'I integrated the checkout with the bank API in two weeks.',
    'Switched to a cheaper courier in May.',
    'We built the booking page on the vendor platform.',
    'Patients waited for surgery for up to a year.',
    "Our sponsor's logo went on every shirt.",
    'I worked in the council planning team for three years.',
    'They replied within a week.',
  ])('not: %s', (s) => expect(organisationParty(viewOf(s))).toBeUndefined());
});

describe('irregular pasts of the party verbs: sent, told, lent', () => {
  it.each([
    'The provider sent a corrected file the next morning.',
    'The head of estates lent us two classrooms for the mocks.',
    'The data protection officer told us to keep the recordings for thirty days.',
  ])('%s', (s) => expect(sentenceSignals(s).has('cross-functional')).toBe(true));
});

describe("another organisation of a kind often the writer's own, named as another one and dealt with", () => {
  it.each([
    'Agreed with the two nearby primary schools to share one coach for the trip.',
    'I rang three local pharmacies to find the last boxes of the patch.',
    'worked out a referral route with the community mental health clinic',
  ])('%s', (s) => expect(organisationParty(viewOf(s))).toBeDefined());

  it.each([
    'I run the pharmacy at a large teaching hospital.',
    'I worked with the school for six years.',
    'Rang the office about the late payslips.',
    'The two other schools joined the scheme in May.',
  ])('not: %s', (s) => expect(organisationParty(viewOf(s))).toBeUndefined());
});
