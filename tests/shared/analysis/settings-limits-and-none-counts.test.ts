// Settings, limits, ranges and course lengths read as metrics, and counts of none (session 34, task
// `numbers`). Every sentence below is our own writing, made up for this test in session 34: none is a
// row of a labeled set. Labeled by RUBRIC.md and RUBRIC-NOTES: a number the writer's work produced or
// changed is a metric; one that sizes or sets the context (a limit, an area, a range of sizes, a target,
// a course's length, school years) is scale or nothing; a count of none over a period or over the
// writer's own items is a metric. The "aside" half was put away before the rules were written and
// measured once after (22 of 27 right on first measure; see the session-34 report).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '#shared/analysis/index';
import type { StorySection } from '#shared/analysis/domain-types';
import { predictedFlags } from '#shared/analysis/evaluate';

interface Case {
  text: string;
  section?: StorySection;
  metric: boolean;
}

const hasMetric = ({ text, section }: Case) =>
  predictedFlags(analyzeText(text, section ? { section } : undefined)).has_metric;

/** Settings, limits, ranges, targets and course lengths: no metric. */
const SETTINGS: Case[] = [
  // tuning half
  { text: 'Bid on tenders worth between $500k and $3m.', metric: false },
  { text: 'Teach swimming to children aged 4 to 11.', metric: false },
  { text: 'Configured the autoscaler to keep between 3 and 12 replicas.', metric: false },
  { text: 'Capped refunds at 3 per customer per year.', metric: false },
  { text: 'Plan routes for lorries carrying loads of 10–26 tonnes.', metric: false },
  { text: 'Rate limit set at 100 requests per minute per key.', metric: false },
  { text: 'Emergency First Aid at Work (1 day), renewed every 3 years', metric: false },
  { text: 'Drive a minibus with up to 16 passengers.', metric: false },
  { text: 'Tutor students in years 7 to 11.', metric: false },
  { text: 'Available for shifts of up to 12 hours.', metric: false },
  { text: 'Willing to travel up to 60 km for the right role', metric: false },
  { text: 'Approve supplier invoices up to £5,000 on my own signature.', metric: false },
  { text: 'I set up the rule so the first 30 orders of each day ship free.', section: 'action', metric: false },
  // aside half
  { text: 'Willing to relocate or commute up to 50 km.', metric: false },
  { text: 'Manual Handling (4 hrs), Food Hygiene Level 2', metric: false },
  { text: 'Set the disk alert to fire at 85% usage.', metric: false },
  { text: 'Open Monday to Saturday, 7am to 6pm.', metric: false },
  { text: 'The policy flags any transaction above €10,000 for review.', metric: false },
  { text: 'Teaching classes of up to 30 pupils.', metric: false },
  { text: 'Lead beginner climbing sessions for ages 8–14.', metric: false },
  { text: 'Accept bookings for parties of 6 or more.', metric: false },
  { text: 'Handle commercial leases between 2,000 and 40,000 sq ft.', metric: false },
  { text: 'Happy to do overnight stays, distances of up to 200 miles.', metric: false },
  { text: 'Level 3 Award in Education and Training (30 hours)', metric: false },
  { text: 'The first 10 tickets every morning go to the senior agent.', section: 'action', metric: false },
  // written while the rules were checked
  { text: 'Own the pager for the search API (99.9% SLO)', metric: false },
  { text: 'Rebuilt the product page to a hard budget of 250 ms.', metric: false },
  { text: 'Advanced Life Support (2 days), Paediatric First Aid (12 hours)', metric: false },
];

/** Counts of none told as the result: a metric. */
const NONE_COUNTS: Case[] = [
  // tuning half
  { text: 'Not one missed delivery in the whole of 2023.', metric: true },
  { text: "There hasn't been a single data breach since I took over.", metric: true },
  { text: 'Not a single failed audit across the four years I ran the kitchen.', metric: true },
  { text: 'No returns on any of the units for faulty seals.', metric: true },
  { text: "Haven't had one chargeback since we switched provider.", metric: true },
  { text: 'Not a single student failed the exam that year.', section: 'result', metric: true },
  // aside half
  { text: 'Since the new checklist, zero reportable accidents on site.', metric: true },
  { text: 'We had no customer complaints about billing for the next two quarters.', section: 'result', metric: true },
  { text: 'Zero days lost to injury in my time as supervisor.', metric: true },
  { text: 'The ward went eight months without a single fall.', section: 'result', metric: true },
  { text: 'No outages since the migration.', metric: true },
  // written while the rules were checked
  { text: 'The crew went the whole season without a lost-time injury.', section: 'result', metric: true },
  { text: 'Since March the nightly check has found no missing invoices.', section: 'result', metric: true },
];

/** Near misses: numbers the work produced or changed keep their metric; what the work lacked counts nothing. */
const NEAR_MISSES: Case[] = [
  // tuning half
  { text: 'Nobody had updated the wiki since 2017.', section: 'situation', metric: false },
  { text: 'No one on the team had used Kafka before.', section: 'situation', metric: false },
  { text: 'Cut average call handling from 9 minutes to 6.', metric: true },
  { text: 'Trained 25 volunteers in Outdoor First Aid.', metric: true },
  { text: 'Answered between 60 and 90 calls a shift.', metric: true },
  { text: 'Finished the 12-week course in 7 weeks.', metric: true },
  { text: 'Cut the number of alerts from 300 a week to 20.', metric: true },
  // aside half
  { text: 'We had no budget and no designer.', section: 'situation', metric: false },
  { text: "The old form hadn't been reviewed in years.", section: 'situation', metric: false },
  { text: 'Raised attendance at the under-5s clinic by 40%.', metric: true },
  { text: 'Sold contracts worth £4m in my first year.', metric: true },
  { text: 'Brought disk usage down to 60% by archiving old logs.', metric: true },
  {
    text: 'Nobody on the night shift had been trained on the new pumps since 2020.',
    section: 'situation',
    metric: false,
  },
  { text: 'Delivered 18 first-aid courses to 200 staff.', metric: true },
  // written while the rules were checked
  { text: 'Our no-show rate had crept up to 14% of bookings.', section: 'situation', metric: true },
  { text: 'Patients waited up to nine weeks for a first appointment.', section: 'situation', metric: true },
  { text: 'Made the simulator up to 200% faster than real time.', metric: true },
  { text: 'Cut energy bills by up to 30% for our tenants.', metric: true },
  { text: 'Hit the 99.9% uptime target every month of the year.', metric: true },
  { text: 'Came in 12% under budget.', metric: true },
  { text: 'Led Project Atlas (6 months) from kickoff to launch.', metric: true },
  { text: 'Delivered the contract without a missed deadline.', metric: false },
  { text: 'We had no runbooks for any of the services.', section: 'situation', metric: false },
  { text: 'It took 2 years 6 months to finish.', section: 'situation', metric: true },
];

/**
 * Our sentences the analyzer still reads wrong, kept as the record of what is left: an age band
 * ("under-8s": the rule waits, see the session-34 report), a course's length as a modifier, and a
 * partitive subject with a relative clause before its verb.
 */
const STILL_MISSED: Case[] = [
  { text: 'Ran weekend football sessions for groups of under-8s.', metric: false },
  { text: 'Coach the under-12s team on Saturday mornings.', metric: false },
  { text: 'Completed a 3-day PRINCE2 Foundation course.', metric: false },
  { text: 'None of the 40 homes I rewired has needed a callback.', metric: true },
];

describe('settings, limits, ranges, targets and course lengths', () => {
  it.each(SETTINGS)('reads no metric in "$text"', (c) => expect(hasMetric(c)).toBe(c.metric));
});

describe('counts of none', () => {
  it.each(NONE_COUNTS)('reads a metric in "$text"', (c) => expect(hasMetric(c)).toBe(c.metric));
});

describe('near misses', () => {
  it.each(NEAR_MISSES)('keeps "$text" as labeled', (c) => expect(hasMetric(c)).toBe(c.metric));
});

describe('what is still missed', () => {
  it.each(STILL_MISSED)('still reads "$text" the other way', (c) => expect(hasMetric(c)).toBe(!c.metric));
});
