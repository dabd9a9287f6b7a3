// Outcomes told by a phrase rather than a change word (rules/phrase-outcomes.ts), each beside a
// look-alike that names no effect. Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { analyzeText } from '#shared/analysis/index';
import type { StorySection } from '#shared/analysis/domain-types';

const outcome = (text: string, section?: StorySection) =>
  analyzeText(text, section ? { section } : {}).sentences.some((s) => s.hasOutcome);

describe('outcomes told by a phrase', () => {
  it('trust, respect or a seat won is an outcome; access or things obtained are not', () => {
    expect(outcome('Earned the trust of the warehouse leads by answering their tickets first.')).toBe(true);
    expect(outcome('Built credibility with the audit team through weekly reports.')).toBe(true);
    expect(outcome('Won a spot in the leadership program.')).toBe(true);
    expect(outcome('Gained read access to the payroll tables.')).toBe(false);
    expect(outcome('Computed confidence intervals for the churn forecast.')).toBe(false);
    expect(outcome('Built a seat map for the new office.')).toBe(false);
  });

  it('the go-ahead given or got is an outcome; waiting for it is not', () => {
    expect(outcome('Procurement gave us the green light to sign the vendor.', 'result')).toBe(true);
    expect(outcome('Got the go-ahead to retire the old portal.')).toBe(true);
    expect(outcome('We were waiting for the green light from procurement.', 'action')).toBe(false);
  });

  it('a check passed or a record set is an outcome; records kept or data passed on are not', () => {
    expect(outcome('Passed the fire-safety inspection at both sites.')).toBe(true);
    expect(outcome('The autumn drive set a record for volunteers.', 'result')).toBe(true);
    expect(outcome('Helped the store to a record year.')).toBe(true);
    expect(outcome('Passed the survey results on to the research team.')).toBe(false);
    expect(outcome('Kept records of every supplier visit.')).toBe(false);
  });

  it('a cost trimmed or reined in is an outcome; an artifact trimmed is not', () => {
    expect(outcome('Trimmed the licensing spend by dropping unused seats.')).toBe(true);
    expect(outcome('Reined in the overtime hours at the call center.')).toBe(true);
    expect(outcome('Trimmed the intro video for the onboarding course.')).toBe(false);
  });

  it('a problem ended, under control, spared or got rid of is an outcome', () => {
    expect(outcome('Put an end to the nightly manual restarts.')).toBe(true);
    expect(outcome('Brought the ticket backlog under control within the quarter.')).toBe(true);
    expect(outcome('Spared the analysts the weekly copy-paste into slides.')).toBe(true);
    expect(outcome('Got rid of the paper sign-in sheets at reception.')).toBe(true);
    expect(outcome('The backlog was not under control until spring.', 'action')).toBe(false);
    expect(outcome('Spared no effort on the launch checklist.')).toBe(false);
  });

  it('a purpose that keeps a thing in a good state is a benefit; keeping track or a copy is a function', () => {
    expect(outcome('Split the batch jobs to keep the dashboards responsive.')).toBe(true);
    expect(outcome('Pinned the library versions to keep the builds stable.')).toBe(true);
    expect(outcome('Added a table to keep track of loaner laptops.')).toBe(false);
    expect(outcome('Wrote a job to keep a backup of the config files.')).toBe(false);
  });

  it('a quality noun that names the kind of work after "for" is no benefit', () => {
    expect(outcome('Built a harness for performance tests of the search API.')).toBe(false);
    expect(outcome('Moved the queue to a managed service for reliability.')).toBe(true);
  });

  it('a system that came through a strain is an outcome; holding a meeting or a release is not', () => {
    expect(outcome('The ticketing system held up through the end-of-quarter rush.', 'result')).toBe(true);
    expect(outcome('Built an ingest service that withstood the election-night traffic.')).toBe(true);
    expect(outcome('The store stayed online during the payment provider outage.', 'result')).toBe(true);
    expect(outcome('I held up the deploy until the fix was reviewed.', 'action')).toBe(false);
    expect(outcome('I held a retro with the support leads.', 'action')).toBe(false);
    expect(outcome('Survived my first week as the only designer.')).toBe(false);
  });

  it('a result got on the first try is a benefit of what the work enables', () => {
    expect(outcome('Cleaned up the form so claims went through on the first submission.')).toBe(true);
    expect(outcome('On the first try, I copied the rows by hand.', 'action')).toBe(false);
  });
  it('a need removed, a backlog cleared or a stop put to a problem is an outcome; a cleanup or a routine is not', () => {
    expect(outcome('Removed the need for manual reconciliation.')).toBe(true);
    expect(outcome('Cleared a backlog of overdue invoices.')).toBe(true);
    expect(outcome('Burned down the bug backlog before launch.')).toBe(true);
    expect(outcome('Put a stop to weekend deploys.')).toBe(true);
    expect(outcome('Removed unused feature flags from the codebase.')).toBe(false);
    expect(outcome('Triaged the support backlog every morning.')).toBe(false);
  });
  it('agreement won and told by a noun is an outcome; agreement asked for, tried for or needed is not', () => {
    expect(outcome('Secured buy-in from the department heads.')).toBe(true);
    expect(outcome('Got sign-off from legal on the data retention policy.')).toBe(true);
    expect(outcome('Gained executive sponsorship for the data platform.')).toBe(true);
    expect(outcome('I asked legal for sign-off on the new policy.', 'action')).toBe(false);
    expect(outcome('I tried to get buy-in from the sales team, but they refused.', 'action')).toBe(false);
    expect(outcome('Managed the sign-off process for quarterly releases.')).toBe(false);
  });
});
