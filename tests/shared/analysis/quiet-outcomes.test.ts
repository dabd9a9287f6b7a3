// Outcomes told without a change word, and the words that look like recognition but are not.
// Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { findOutcomeCues } from '#shared/analysis/rules/outcomes/outcomes';
import { tokenize } from './helpers';

const cues = (s: string) => findOutcomeCues(tokenize(s));
const has = (s: string) => cues(s).length > 0;

describe('outcomes without a change word', () => {
  it('reads a problem that stopped or went away as an outcome', () => {
    expect(has('Tuned the alert rules, so the night shift stopped getting paged')).toBe(true);
    expect(has('Shipped a status page, and vendors stopped emailing us for updates')).toBe(true);
    expect(has('Added schema checks, and the import failures disappeared')).toBe(true);
    expect(has('Moved reports to a queue; manual reruns became a thing of the past')).toBe(true);
    expect(has('The nightly job stopped working after the upgrade')).toBe(false);
    expect(has('I stopped attending the weekly sync')).toBe(false);
    expect(has('The old dashboard disappeared from the menu')).toBe(false);
  });

  it("reads an end verb with a trouble or, after the writer's act, a plural subject (past degree words)", () => {
    expect(has('Rewrote the retry logic; the duplicate charges pretty much stopped')).toBe(true);
    expect(has('Put the forms online, and the callbacks largely stopped the next week')).toBe(true);
    expect(has('Fixed the lock; reruns for it stopped completely')).toBe(true);
    expect(has('Added a health check, timeouts gone within a day')).toBe(true);
    expect(has('Cleaned up the rules and the stale alerts were largely gone')).toBe(true);
    // Near misses: a plural with no act of the writer's, an object, a person, a literal stop.
    expect(has('The deliveries stopped completely at the border')).toBe(false);
    expect(has('Our engineers stopped the rollout')).toBe(false);
    expect(has('The meetings stopped')).toBe(false);
    expect(has('We were all gone by noon')).toBe(false);
  });

  it('reads nobody having to act as an outcome, and nobody being paged as a count of none', () => {
    const paged = cues('Nobody was woken up for the billing service that winter');
    expect(paged.map((c) => c.kind)).toEqual(['state']);
    expect(cues('No one was paged during the sale')[0]?.zeroCount).toBe(true);
    expect(has('Nobody had to restart the workers by hand anymore')).toBe(true);
    expect(has('Nobody knew how the deploy script worked')).toBe(false);
  });

  it('reads the work still in use, kept going or opening a way', () => {
    expect(has('Wrote the onboarding guide that new hires still use')).toBe(true);
    expect(has('Built a fallback that kept payments flowing during the outage')).toBe(true);
    expect(has('The pilot opened the door to a second contract')).toBe(true);
    expect(has('Kept the changelog up to date')).toBe(false);
  });

  it("reads the old system kept running beside the new as the writer's arrangement, not an outcome", () => {
    expect(has('Kept the old payroll export running in parallel for one cycle')).toBe(false);
    expect(has('Kept the previous search index serving as a fallback')).toBe(false);
    expect(has('Kept the ward phones working when the switchboard failed')).toBe(true);
  });

  it('reads copies, renewals, an early finish and a before value beside the after value', () => {
    expect(has('The test harness has since been copied by two other teams')).toBe(true);
    expect(has('The client renewed the support contract')).toBe(true);
    expect(has('We delivered the migration three weeks early')).toBe(true);
    expect(has('Exports now finish in minutes instead of hours')).toBe(true);
    expect(has('I got in early to prepare the demo')).toBe(false);
  });

  it('reads "used by" after upkeep of what others built as context, after the writer\'s creation as adoption', () => {
    expect(has('Maintained the billing SDK used by the mobile teams')).toBe(false);
    expect(has('Built the billing SDK used by the mobile teams')).toBe(true);
  });

  it('reads a peak as a reached level', () => {
    expect(has('Daily active users peaked at 12,000 in June')).toBe(true);
  });
});

describe('words that look like recognition but name something else', () => {
  it('tells a technology, a team, a draft and the context from recognition of the work', () => {
    expect(has('Built a receipt scanner using optical character recognition')).toBe(false);
    expect(has('Trained the customer success team on the new console')).toBe(false);
    expect(has('Drafted a patent proposal for the caching scheme')).toBe(false);
    expect(has('Granted a patent for the caching scheme')).toBe(true);
    expect(has('Wrote a plugin for a popular code editor')).toBe(false);
    expect(has('Created a popular open-source charting library')).toBe(true);
    expect(has('Ran a successful fundraising campaign for the meetup')).toBe(true);
  });

  it('tells a range and a version upgrade from a measured change', () => {
    expect(has('Served anywhere from 500 to 5,000 requests a second')).toBe(false);
    expect(has('Upgraded the API from Django 3 to Django 5')).toBe(false);
    expect(has('Cut build time from 40 minutes to 6')).toBe(true);
  });

  it('reads a purpose to ease work as a benefit, and "up to speed" as no purpose', () => {
    expect(has('Wrote fixtures to ease local testing')).toBe(true);
    expect(has('Paired with the lead to get up to speed on the billing code')).toBe(false);
  });
});
