import { describe, it, expect } from 'vitest';
import { flagString } from './helpers';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { createAnalyzer } from '#shared/analysis/index';

const isClaim = (s: string) => flagString(s)[0] === 'C';

describe('claims', () => {
  it('accepts resume bullets in any tense, with or without an adverb', () => {
    for (const s of [
      'Designed the event bus for the checkout team',
      'Co-founded the platform guild',
      'Re-architected the reporting stack',
      'Fine-tuned a 7B model on our support macros',
      'Successfully migrated the ledger to Postgres',
      'Build and operate the feature store',
      'Leading the search relevance work',
      'Responsible for the on-call rotation',
    ])
      expect(isClaim(s), s).toBe(true);
  });

  it('accepts first-person actions, also after a leading clause', () => {
    expect(isClaim('I rewrote the scheduler in Rust.')).toBe(true);
    expect(isClaim('After the outage, I wrote the incident review.')).toBe(true);
    expect(isClaim('Nobody volunteered, so I took the pager.')).toBe(true);
    // A decision not to act is the writer's call (corpus s19-07); a negated act of work is nothing done
    // (session 40: fresh-31 f31-067 "did NOT ship the watch app", as "we didn't ship …" always read).
    expect(isClaim('We did not adopt the tool.')).toBe(true);
    expect(isClaim('We did not ship the redesign.')).toBe(false);
    expect(isClaim('I had to rebuild the index by hand.')).toBe(true);
  });

  it('accepts a verbless role line that names the part the writer played in some work', () => {
    expect(isClaim('Sole owner of the payroll export for all regions.')).toBe(true);
    expect(isClaim('Key architect behind the switch to event sourcing.')).toBe(true);
    expect(isClaim('Primary reviewer for every schema change in the data warehouse.')).toBe(true);
    // A title, or a qualifier and a role with nothing it was over, names no work.
    expect(isClaim('Principal Data Scientist')).toBe(false);
    expect(isClaim('Key member of staff.')).toBe(false);
  });

  it('accepts verbless results and duty fragments', () => {
    expect(isClaim('30% fewer failed deploys')).toBe(true);
    expect(isClaim('Implementation of the new billing flow')).toBe(true);
    expect(isClaim('Creator and maintainer of an open source linter')).toBe(true);
    expect(isClaim('Result: a checkout that survives a region outage')).toBe(true);
  });

  it("does not count what other people did as the writer's claim", () => {
    for (const s of [
      'The customer asked us for an export to spreadsheets.',
      'A teammate suggested caching the lookups in Redis.',
      'Our senior architect rejected the first draft.',
      'Before the freeze, one stakeholder demanded a weekly report.',
      'To save money, the company cancelled the contractor budget.',
      'Users complained about the slow search page.',
    ])
      expect(isClaim(s), s).toBe(false);
    // A colleague's act in the writer's story: the field says "I", so its "she" is someone else. Alone, "She
    // reviewed …" reads as a case or bio line about the writer (RUBRIC.md: a third-person resume line is a claim).
    const story = 'I led the migration. She reviewed the schema changes on Fridays.';
    const [, colleague] = createAnalyzer().analyzeText(story).sentences;
    expect(colleague.isClaim).toBe(false);
  });

  it("keeps effects on other people and the writer's own work as claims", () => {
    expect(isClaim('Customers adopted the new invoicing flow within a week.')).toBe(true);
    expect(isClaim('A teammate asked for help, so I paired with him on the parser.')).toBe(true);
    expect(isClaim('Our platform handled 40,000 orders on launch day.')).toBe(true);
    expect(isClaim('The service reached 99.9% availability after the rewrite.')).toBe(true);
  });

  it("accepts effects of the writer's work told in the third person", () => {
    expect(isClaim('This tool cut review time for the whole org.')).toBe(true);
    expect(isClaim('The analytics team adopted it within a month.')).toBe(true);
    expect(isClaim('The dashboard was built with Grafana and Loki.')).toBe(true);
  });

  it('finds the third-person subject after a leading adverbial clause', () => {
    // The main clause starts after the adverbial's comma; the subject rules must look there, not at "In".
    expect(isClaim('In March, this exposed three hidden race conditions.')).toBe(true);
    expect(isClaim('Within a week, these surfaced two billing bugs.')).toBe(true);
    expect(isClaim('After the launch, the service is a bit quieter.')).toBe(false);
  });

  it('rejects context, states and beliefs', () => {
    expect(isClaim('The company sells pet insurance in Europe.')).toBe(false);
    expect(isClaim('I was on call that weekend.')).toBe(false);
    expect(isClaim('I assumed the cache was warm.')).toBe(false);
    expect(isClaim('We had an old monolith with no tests.')).toBe(false);
    expect(isClaim('Our API was timing out as we added partners.')).toBe(false);
    expect(isClaim('A contractor started it and then left.')).toBe(false);
  });

  it('rejects goals, task statements, lessons and job titles', () => {
    expect(isClaim('My task was to stabilize the nightly build.')).toBe(false);
    expect(isClaim('I was asked to own the migration.')).toBe(false);
    expect(isClaim('When you inherit a system, read the runbooks first.')).toBe(false);
    expect(isClaim('Boring technology beats clever technology.')).toBe(false);
    expect(isClaim('Member of the architecture council')).toBe(false);
    expect(isClaim('')).toBe(false);
  });

  it('gives a goal statement no metric: a target is not a result', () => {
    expect(flagString('Goal: lift trial conversion by 8% before the spring release.')).toBe('....');
    expect(flagString('My task was to get checkout under 3 seconds.')[1]).toBe('.');
  });
});

describe('claims that depend on the section', () => {
  const facts = (s: string, section?: 'result' | 'action' | 'situation') => {
    const f = sentenceFacts(s, section);
    return `${f.isClaim ? 'C' : '.'}${f.hasMetric ? 'M' : '.'}${f.hasScale ? 'S' : '.'}${f.hasOutcome ? 'O' : '.'}`;
  };

  it('gives no metric to a figure in a hypothetical, a wish or a plan', () => {
    expect(facts('If we had shipped 2 weeks earlier, we would have saved $100K.', 'result')[1]).toBe('.');
    expect(facts('We could have saved 20% of the budget with an earlier review.')[1]).toBe('.');
    expect(facts('Aiming to reach 1M users next year.')[1]).toBe('.');
    expect(facts('Rebuilt the cache so that pages could load in 200 ms.')[1]).toBe('M');
    expect(facts('Cut the build from 40 minutes to 6, which would have been impossible before.')[1]).toBe('M');
  });

  it('reads a named third-person resume line as the writer’s claim', () => {
    expect(facts('Priya built the fraud scoring service for card payments.')).toBe('C...');
    expect(facts('Ana Souza automated the weekly retraining for the credit team.')).toBe('C...');
    expect(facts('Dr. Okafor introduced offline evaluation of the ranking models.')).toBe('C...');
  });

  it('keeps a named person as context when the writer is someone else or only speech is reported', () => {
    expect(facts('John asked me to review the retraining job.')[0]).toBe('.');
    expect(facts('Priya built the first version before I joined.')[0]).toBe('.');
    expect(facts('Marco suggested a new baseline.')[0]).toBe('.');
    expect(facts('What made it hard: the labels were noisy.')[0]).toBe('.');
    expect(facts('Raj built the original pipeline.', 'situation')[0]).toBe('.');
  });

  it('reads a past event in a Result as a claim, and as an outcome unless it is the delivery itself', () => {
    expect(facts('The crashes stopped.', 'result')).toBe('C..O');
    expect(facts('Leadership approved a second phase of the project.', 'result')).toBe('C..O');
    expect(facts('Both teams signed off on the design.', 'result')).toBe('C..O');
    expect(facts('The new model went live for all users in April.', 'result')).toBe('C...');
    expect(facts('Offline mode launched to every shop in May.', 'result')).toBe('C...');
    expect(facts('The clinic move wrapped up in October.', 'result')).toBe('C...');
  });

  it('reads the writer joining a role, holding it in the present or for years as Situation context, a past act as a claim', () => {
    expect(facts('I joined as the first data engineer.', 'situation')[0]).toBe('.');
    expect(facts('I started as a junior analyst in 2019.', 'situation')[0]).toBe('.');
    expect(facts('I teach Year 6 at a small village primary school.', 'situation')[0]).toBe('.');
    expect(facts('I run the front desk at a busy dental practice.', 'situation')[0]).toBe('.');
    expect(facts('I had been teaching at the school for nine years.', 'situation')[0]).toBe('.');
    expect(facts('I was leading five people on a new checkout.', 'situation')[0]).toBe('C');
    expect(facts('I started by reading every ticket from the last month.', 'situation')[0]).toBe('C');
    expect(facts('I teach the new hires how to triage.', 'action')[0]).toBe('C');
  });

  it("reads a first-person finding as the writer's claim, a copula that places the writer as context", () => {
    expect(facts('On my second week I noticed the nightly export was skipping rows.', 'situation')[0]).toBe('C');
    expect(facts('I realised the refund queue had no owner.', 'situation')[0]).toBe('C');
    expect(facts('I led the weekend shift at a parcel depot.', 'situation')[0]).toBe('C');
    expect(facts('I was on call when the payments page went down.', 'situation')[0]).toBe('.');
    expect(facts('I thought the rewrite would stall the reports.', 'situation')[0]).toBe('.');
  });

  it('reads a launch told with "went live" on a resume line as a claim, like "launched"', () => {
    expect(facts('The new portal went live on schedule in March.')).toBe('C...');
    expect(facts('The old system went live in 2015.', 'situation')[0]).toBe('.');
  });

  it('leaves present descriptions and comings and goings in a Result unclaimed', () => {
    expect(facts('The job queries the warehouse every hour.', 'result')[0]).toBe('.');
    expect(facts('The team later moved to a different tool.', 'result')[0]).toBe('.');
    // Another person's proposal outside a Result is their work, not the writer's claim (RUBRIC.md); their
    // approval is the result of the writer's case (RUBRIC-NOTES.md), a claim and an outcome.
    expect(facts('A colleague proposed a second phase of the project.', 'action')[0]).toBe('.');
    expect(facts('Leadership approved a second phase of the project.', 'action')).toMatch(/^C.*O/);
  });

  it('reads a title whose first word is also a verb as a title, not an act', () => {
    for (const s of [
      'Lead Engineer, Payments',
      'Head of Data at a freight startup',
      'Support Engineer II, Enterprise',
      'Design Lead – Mobile',
      'Engineering Manager | Growth',
      'Test Automation Lead (contract)',
      'Build & Release Engineer',
    ])
      expect(isClaim(s), s).toBe(false);
    // The same words as verbs, or a title followed by what was done, are claims.
    for (const s of [
      'Lead a team of five engineers building the partner API.',
      'Head the analytics group and set its roadmap.',
      'Support the finance team with month-end reporting.',
      'Head of Growth, doubled sign-ups in a year',
      'Lead organizer of the internal hackathon.',
    ])
      expect(isClaim(s), s).toBe(true);
  });

  it('reads a labelled skill list as no claim', () => {
    expect(isClaim('Skills: SQL, Tableau, stakeholder management')).toBe(false);
    expect(isClaim('Tech stack: Go, Kafka, release management')).toBe(false);
  });

  it('reads an unlabelled list of tools and skills as no claim, and a verbless list of duties as one', () => {
    expect(isClaim('Python, SQL, Tableau, stakeholder management')).toBe(false);
    expect(isClaim('Kubernetes, Terraform, Prometheus, incident management')).toBe(false);
    expect(isClaim('Full stack development, devops, on-call 24/7/7.')).toBe(true);
    expect(isClaim('Code reviews, merge requests, release notes')).toBe(true);
    expect(isClaim('Built dashboards in Tableau, Looker, and Power BI')).toBe(true);
  });

  it('reads whom the writer reported to as context', () => {
    expect(isClaim('Reporting to the CFO')).toBe(false);
    expect(isClaim('Reporting weekly to the board on pipeline health')).toBe(true);
  });

  it('takes "four of us" as the writer\'s team acting', () => {
    expect(facts('Four of us stayed late to finish the cutover.', 'action')).toBe('C...');
  });

  it("reads another person's request to the writer as context, in any section (RUBRIC-NOTES)", () => {
    expect(facts('My manager asked me to run the same review next quarter.', 'result')).toBe('....');
    expect(facts('The client suggested we cut the scope by half.', 'action')).toBe('....');
    expect(facts('The VP wanted a weekly export instead of a monthly one.', 'result')).toBe('....');
    // The writer acting on a request is the writer's claim.
    expect(facts('At her request I rewrote the export to run weekly.', 'action')[0]).toBe('C');
    expect(facts('My manager asked me to lead it, and I rebuilt the pipeline.', 'result')[0]).toBe('C');
    expect(facts('When the client asked for weekly exports, I set up a scheduled job.', 'action')[0]).toBe('C');
  });
});
