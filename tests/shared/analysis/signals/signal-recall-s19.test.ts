// Session 19 recall classes (authority-limits.ts): a requirement imposed by an authority, and an option
// ruled out by something other than the writer. Sentences written for the test, in several voices.
import { describe, it, expect } from 'vitest';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';
import type { SignalId } from '#shared/analysis/index';

const shows = (sentence: string, id: SignalId) => sentenceSignals(sentence).has(id);

describe("session 19 recall: an authority's requirement is a constraint", () => {
  it.each([
    'Infosec required single sign-on for every internal tool, so the pilot waited for the SSO work.',
    'the safeguarding officer insisted that parents consent in writing before any photo went out',
    'Procurement needed three quotes for anything over £20k.',
    'Our data protection officer would not sign off unless the recordings stayed on school servers.',
    'Health and safety rules required two people on every night delivery.',
  ])('%s', (s) => expect(shows(s, 'constraint')).toBe(true));

  it.each([
    'Our app requires users to log in with their staff card.',
    'Legal needed to sign off on the customer terms, so I booked a review in week one.',
    'I was head of security at a small payments company.',
  ])('not: %s', (s) => expect(shows(s, 'constraint')).toBe(false));
});

describe('session 19 recall: an option ruled out by a requirement or a limit is a trade-off', () => {
  it.each([
    'The auditors wanted every change traceable, which ruled out editing the ledger by hand.',
    'The 2 GB of RAM on the handhelds ruled out the bigger model.',
    'Union rules took weekend shifts off the table, so we spread the stock count over four weekdays.',
  ])('%s', (s) => expect(shows(s, 'trade-off')).toBe(true));

  it.each([
    'I ruled out the network as the cause by replaying the traffic from a second zone.',
    'Checked the logs and ruled out a memory leak before touching the config.',
    'The replay ruled out a DNS problem.',
  ])('not: %s', (s) => expect(shows(s, 'trade-off')).toBe(false));
});

describe('session 19 recall: evidence put before a party is influence', () => {
  it.each([
    'I put the refund figures in front of the head of customer service and she dropped the extra approval step.',
    '- Put three months of no-show data in front of the clinic managers',
  ])('%s', (s) => expect(shows(s, 'influence')).toBe(true));

  it.each(['I put the numbers in front of my manager every Friday.', 'Put the printer in front of the window.'])(
    'not: %s',
    (s) => expect(shows(s, 'influence')).toBe(false),
  );
});

describe('session 19 precision: past failures named in a clause as history are no after-launch', () => {
  it.each([
    'I took the case to the platform director: three outages last year from expired keys.',
    'Offered the shared test harness to the two app teams after each had shipped a regression.',
  ])('not: %s', (s) => expect(shows(s, 'after-launch')).toBe(false));

  it.each([
    'I rolled back the release after the alert fired twice.',
    'We had two outages, so I added alerts on queue depth.',
  ])('%s', (s) => expect(shows(s, 'after-launch')).toBe(true));
});

describe('session 19 recall: a department in lower case opening a clause with what only people do', () => {
  it.each([
    'support asked for a way to close duplicate tickets in bulk',
    'We kept the old export because payroll told us the bank still needed it.',
    'After two weeks, facilities agreed to unlock the lab on Saturdays.',
  ])('%s', (s) => expect(shows(s, 'cross-functional')).toBe(true));

  it.each(['our product asks users to confirm each refund by email', 'The design needed two more screens.'])(
    'not: %s',
    (s) => expect(shows(s, 'cross-functional')).toBe(false),
  );
});

describe('session 19 recall: a deadline met, told as the date or day of something else', () => {
  it.each([
    'The new intake form went live on the day the clinic reopened.',
    'reporting pack was ready on the day of the board meeting',
  ])('%s', (s) => expect(shows(s, 'constraint')).toBe(true));

  it.each(['I was out on the day of the launch.', 'It went live the day after the bank holiday.'])('not: %s', (s) =>
    expect(shows(s, 'constraint')).toBe(false),
  );
});

describe('session 19 recall: a wish bent by a limit, then the road taken', () => {
  it.each([
    'The head chef wanted the menu on screens, but the kitchen wifi only reached the pass, so the orders stayed on paper.',
  ])('%s', (s) => expect(shows(s, 'trade-off')).toBe(true));
});

describe('session 19 recall: a watch kept over the first days or weeks of use', () => {
  it.each([
    'kept a close eye on the error rate for the first few days and rolled one flag back',
    'I monitored the sync failures during the first two weeks.',
  ])('%s', (s) => expect(shows(s, 'after-launch')).toBe(true));

  it.each([
    'For the first month I read every ticket to learn the product.',
    'For the first week of the project I watched how the night team worked.',
  ])('not: %s', (s) => expect(shows(s, 'after-launch')).toBe(false));
});

describe('session 19 recall: a requirement never defined is ambiguity', () => {
  it.each([
    'The success metric for the pilot was never agreed, so I tracked two and reported both.',
    'escalation criteria were not written down anywhere',
    'No one had defined what counted as a late delivery.',
  ])('%s', (s) => expect(shows(s, 'ambiguity')).toBe(true));

  it.each(['Success was defined as sell-through above 80% by August.', 'The variable was never set in staging.'])(
    'not: %s',
    (s) => expect(shows(s, 'ambiguity')).toBe(false),
  );
});
