// Section- and clause-aware flags (issue 11): the same words are a claim on a resume line and context
// in a Situation; goals, questions, hypotheticals and problem statements carry no claim or outcome.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import type { StorySection } from '#shared/analysis/domain-types';
import { isQuestion } from '#shared/analysis/rules/language/clauses';
import { analyzeText } from '#shared/analysis/index';

const flags = (text: string, section?: StorySection) => {
  const f = sentenceFacts(text, section);
  return `${f.isClaim ? 'C' : '.'}${f.hasMetric ? 'M' : '.'}${f.hasScale ? 'S' : '.'}${f.hasOutcome ? 'O' : '.'}`;
};
const claimMarks = (text: string, section?: StorySection) =>
  analyzeText(text, section ? { section } : undefined)
    .findings.filter((f) => f.rule === 'vague-claim' || f.rule === 'unquantified-outcome')
    .map((f) => f.rule);

describe('section-aware flags', () => {
  it('a Task that states a goal or plan is no claim, and its targets are no metric or outcome', () => {
    expect(flags('Cut the cloud bill by 20% before the renewal.')).toBe('CM.O');
    expect(flags('Cut the cloud bill by 20% before the renewal.', 'task')).toBe('....');
    expect(flags('Lead the rollout of SSO to reduce password resets.', 'task')).toBe('....');
  });

  it('a Situation describes context: only the writer acting in the first person is a claim', () => {
    expect(flags('Reduced the backlog of support requests.', 'situation')).toBe('....');
    expect(flags('The old exporter caused frequent timeouts.', 'situation')).toBe('....');
    // What the team ran sets the scene; the writer's own role in progress ("I was running …") and a
    // one-off act of the writer there are claims (the corpus labels count "I was leading a project" one).
    expect(flags('At the time I was running the data platform team.', 'situation')).toBe('C...');
    expect(flags('In my last role, I was leading a project to move billing onto the new ledger.', 'situation')).toBe(
      'C...',
    );
    expect(flags('We ran a marketplace for small bakeries.', 'situation')).toBe('....');
    expect(flags('We looked after the billing system for the whole group.', 'situation')).toBe('....');
    expect(flags('That Friday I shipped the new form to every customer.', 'situation')).toBe('C...');
    expect(flags('We ran the numbers again and found the gap.', 'action')).toBe('C...');
    // What the writer had to do is what the situation required of them, not what they did.
    expect(flags('As the new hire, I had to learn the claims domain quickly.', 'situation')).toBe('....');
    expect(flags('I had to rebuild the claims importer from scratch.', 'action')).toBe('C...');
  });

  it('what other people asked for is context, and the writer acting on it is a claim', () => {
    expect(flags('Procurement asked for the same audit trail.')).toBe('....');
    expect(flags('The head teacher kept pushing for a shorter report.')).toBe('....');
    expect(flags('Two clients had been requesting dark mode since spring.')).toBe('....');
    expect(flags('Procurement asked for an audit trail, so I added one.')).toBe('C...');
    expect(flags('I asked procurement for the old contracts.')).toBe('C...');
  });

  it('a problem that kept happening is context; a change that kept going is left alone', () => {
    expect(flags('Night-shift handovers kept running late.')).toBe('....');
    expect(flags('Patients kept getting booked into the wrong clinic.')).toBe('....');
    expect(flags('The label printer kept jamming, so I swapped it for a thermal one.')).toBe('C...');
    expect(flags('Repeat orders kept growing after the relaunch.', 'result')).not.toBe('....');
  });

  it('what the old system did is a before value: a metric, no claim', () => {
    expect(flags('The old booking form lost about 1 in 10 referrals.')).toBe('.M..');
    expect(flags('The old cron box was retired in March, cutting the bill by $2K a month.')).not.toBe('.M..');
    expect(flags('I found the old importer dropped 3% of rows.')).toMatch(/^C/);
  });

  it('Action and Result keep the resume-line reading', () => {
    expect(flags('Reduced the backlog of support requests.', 'action')).toBe('C..O');
    expect(flags('Reduced the backlog of support requests.', 'result')).toBe('C..O');
  });
});

describe('clause-aware flags', () => {
  it('questions carry no claim', () => {
    expect(isQuestion('Could we ship without the adapter?')).toBe(true);
    expect(isQuestion('Is there anything I can help with?”')).toBe(true);
    expect(isQuestion('We shipped it.')).toBe(false);
    expect(flags('Should we cut the release scope to reduce risk?')).toBe('....');
  });

  it('effects under "would", "could" or a wish are not achieved', () => {
    expect(flags('I showed how early preparation would minimize their workload.')).toBe('C...');
    expect(flags('I wanted to reduce the alert noise, so I read every page from last month.')).toBe('C...');
    // "so … could" is a result clause, not a hypothetical.
    expect(flags('Added contract tests so that teams could release independently.')).toBe('C..O');
  });

  it('a problem that leads to trouble is no outcome', () => {
    expect(flags('Configs were edited by hand, leading to drift between regions.')).toBe('....');
    expect(flags('Moved configs into git, leading to faster reviews.')).toBe('C..O');
  });
});

describe('claim marks by section', () => {
  it('an unmeasured outcome is marked anywhere but a Reflection; a bare action only on a resume line or Result', () => {
    expect(claimMarks('I rewrote the loader, which reduced memory use.', 'action')).toEqual(['unquantified-outcome']);
    expect(claimMarks('I rewrote the loader.', 'action')).toEqual([]);
    expect(claimMarks('I rewrote the loader.', 'result')).toEqual(['vague-claim']);
    expect(claimMarks('I rewrote the loader.')).toEqual(['vague-claim']);
    expect(claimMarks('Reduce memory use in the loader.', 'task')).toEqual([]);
    expect(claimMarks('The loader leaked memory, causing crashes.', 'situation')).toEqual([]);
  });
});

describe('conditions and proposals by others carry no outcome', () => {
  const outcome = (s: string, section?: 'action' | 'result') =>
    analyzeText(s, section ? { section } : {}).sentences.some((x) => x.hasOutcome);
  it('reads a change inside a when- or if-clause as the trigger, not an effect', () => {
    expect(outcome('When queue depth dropped below a hundred, I scaled the workers down.', 'action')).toBe(false);
    expect(outcome('If error rates increased, the canary rolled itself back.', 'action')).toBe(false);
    expect(outcome('When the cache went in, I also cut the timeout to reduce retries.', 'action')).toBe(true);
  });
  it("reads a colleague's proposal as not done, and the writer's own purpose as a benefit", () => {
    expect(outcome('A senior engineer proposed sharding the table to improve write throughput.', 'action')).toBe(false);
    expect(outcome('I sharded the table to improve write throughput.', 'action')).toBe(true);
  });
  it('reads what the writer learned as a lesson, not an effect', () => {
    expect(outcome('I learned that short design docs get faster reviews.', 'action')).toBe(false);
  });
});

describe('changes claimed as not done carry no outcome', () => {
  const outcome = (s: string, section?: 'action' | 'result') =>
    analyzeText(s, section ? { section } : {}).sentences.some((x) => x.hasOutcome);
  it('reads a negated or failed change as no effect, and "not only" as emphasis', () => {
    expect(outcome('The second index did not speed up the monthly report.', 'action')).toBe(false);
    expect(outcome("Our retry change didn't lower the failure rate.", 'result')).toBe(false);
    expect(outcome('The new layout never improved click-through.', 'result')).toBe(false);
    expect(outcome('I failed to reduce the queue backlog before the holidays.', 'action')).toBe(false);
    expect(outcome('The new layout not only improved click-through but also cut bounces.', 'result')).toBe(true);
    expect(outcome('The new layout improved click-through.', 'result')).toBe(true);
  });
  it('reads attempts, effort and assignments as work toward a change, not the change', () => {
    expect(outcome('I tried to shorten the review cycle by pairing reviewers.', 'action')).toBe(false);
    expect(outcome('Worked on reducing cold-start time for the Android app.')).toBe(false);
    expect(outcome('Tasked with improving uptime of the ticketing system.')).toBe(false);
    expect(outcome('Reduced cold-start time for the Android app.')).toBe(true);
  });
  it('reads looking into ways, a stated goal and a failed experiment as unachieved', () => {
    expect(outcome('Researched ways to cut egress costs for the media bucket.')).toBe(false);
    expect(outcome('The objective was to simplify billing, so I mapped every plan first.', 'action')).toBe(false);
    expect(outcome('I tuned the garbage collector to reduce pauses, to no avail.', 'action')).toBe(false);
    expect(outcome('I tuned the garbage collector to reduce pauses.', 'action')).toBe(true);
    expect(outcome('Researched customer churn and cut it with a win-back email.')).toBe(true);
  });
  it('keeps "request" as a noun out of the proposals', () => {
    expect(outcome('Added request caching to reduce load on the catalog service.')).toBe(true);
    expect(outcome('Support requested a bulk export to reduce their manual work.', 'action')).toBe(false);
  });
});
