// Session 20 recall mechanisms: a party named by a people-role noun in a frame that makes it a party
// (party-phrases.ts), influence told as an agreement with, or a take-up by, another party
// (party-agreements.ts), and any time placed after going live (after-launch-events.ts). Sentences written
// for the test, in several voices; none is a fixture row.
import { describe, it, expect } from 'vitest';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';
import type { SignalId } from '#shared/analysis/index';

const shows = (sentence: string, id: SignalId) => sentenceSignals(sentence).has(id);

describe('session 20: a party named by its role, in a frame of working with them, is cross-functional', () => {
  it.each([
    'I went through the discharge backlog with the bed managers every morning.',
    'Walked the head of procurement through the three quotes before the deadline.',
    'the exam invigilation coordinators and i agreed a seating plan for the hall',
    'The site inspectors wanted photos of every weld, so I added a camera step.',
    'I proposed the new rota to the two practice educators on the surgical floor.',
    'Sat down with the district surveyors to walk the flood maps.',
    'The trustees were against a second event until I showed them the costs.',
  ])('%s', (s) => expect(shows(s, 'cross-functional')).toBe(true));

  it.each([
    'I run a 30-bed ward with six nurses and a healthcare assistant on nights.',
    'As head of science I set the homework policy for the department.',
    'I showed the head of department my marking scheme before the mocks.',
    'I paired with two analysts on my team to rebuild the churn table.',
    'Our checkout team wanted to ship before Black Friday.',
    'The route planner suggested a longer path through the depot.',
  ])('not: %s', (s) => expect(shows(s, 'cross-functional')).toBe(false));
});

describe('session 20: an agreement reached with another party, or a take-up by one, is influence', () => {
  it.each([
    'The head of estates and I agreed to replace the boilers in the half-term week.',
    'Agreed the new returns window with the store operations managers after showing them the fraud cases.',
    'I worked out with the night coordinators that they would batch the low-priority calls.',
    'I presented the pricing model to the regional directors, who accepted it for the spring range.',
    'I asked the infrastructure team to stop rotating keys by hand and use the vault instead.',
  ])('%s', (s) => expect(shows(s, 'influence')).toBe(true));

  it.each([
    'The team agreed to meet every Tuesday.',
    'We agreed on a review with the platform team every two weeks.',
    'I worked out the delivery plan with the warehouse team so stock came after the fitters left.',
    'Customers adopted the new checkout within a month.',
  ])('not: %s', (s) => expect(shows(s, 'influence')).toBe(false));
});

describe('session 20: a time placed after going live tells running the live thing', () => {
  it.each([
    'In the first week live, two of the label printers kept jamming on the new stock.',
    'first three days on the new rota, the late shift was short by one, so i moved a nurse from days',
    'Go-live weekend, I stayed on the ward with the informatics lead.',
  ])('%s', (s) => expect(shows(s, 'after-launch')).toBe(true));

  it.each([
    'In the first month live, we took 4,200 bookings.',
    'The first week of the project I interviewed six planners.',
    'Two weeks with the new manager, I had a plan for the quarter.',
  ])('not: %s', (s) => expect(shows(s, 'after-launch')).toBe(false));
});

describe('session 20: an amount the work had to live within is a constraint', () => {
  it.each([
    'We had £6,500 and two weekends to refit the community kitchen.',
    'the scanners were old, with 512 MB of memory, so the app had to stay tiny',
    'I was given $15k for the whole pilot, including the tablets.',
  ])('%s', (s) => expect(shows(s, 'constraint')).toBe(true));

  it.each([
    'We had $40k in sales in the first month.',
    'The model file was 2 GB after quantisation.',
    'They raised £12,000 of donations at the gala.',
  ])('not: %s', (s) => expect(shows(s, 'constraint')).toBe(false));
});

describe('session 20: a department opening a clause as the subject of any act is a partner', () => {
  it.each([
    'Marketing pulled the spring campaign forward by two weeks, so we froze the pricing page early.',
    'procurement sent the contract back twice before it was signed',
    'The rota went live in May, and HR built the new shifts into payroll.',
  ])('%s', (s) => expect(shows(s, 'cross-functional')).toBe(true));

  it.each([
    'Sales grew 20% in the quarter after the launch.',
    'Marketing spend doubled while conversion stayed flat.',
    'Legal fees came to £3,000 for the whole review.',
  ])('not: %s', (s) => expect(shows(s, 'cross-functional')).toBe(false));
});

describe('session 20: a guard put on the live path is after-launch', () => {
  it.each([
    'Added a gate that blocks the weekly retrain if precision on the holdout drops below 0.8.',
    'i set up a check that pauses the import when more than 5% of rows have no store id',
    'The schema tests have caught three breaking changes since, all before they reached the warehouse.',
  ])('%s', (s) => expect(shows(s, 'after-launch')).toBe(true));

  it.each([
    'Set up a rule that blocks any refund over £500 until a manager approves it.',
    'I added a check that the booking form has a phone number before it saves.',
  ])('not: %s', (s) => expect(shows(s, 'after-launch')).toBe(false));
});
