// A number's role is decided by what it hangs on (issue 11, class 2 and 6): a result or change verb
// makes it a metric, a sizing preposition or a context verb makes it scale, a range is a size, digits
// inside names and codes are neither. An unknown noun after a large number is never a metric by default.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import type { StorySection } from '#shared/analysis/domain-types';

const ms = (text: string, section?: StorySection) => {
  const f = sentenceFacts(text, section);
  return `${f.hasMetric ? 'M' : '.'}${f.hasScale ? 'S' : '.'}`;
};

describe('number roles', () => {
  it('a range of values sizes the context; it measures no result', () => {
    expect(ms('Ran quarterly meetups with 40–120 attendees.')).toBe('.S');
    expect(ms('Ran a server receiving anywhere from 10,000 to 1,000,000 daily requests.')).toBe('.S');
    // A range the writer's own verb produced per day is the writer's handled load: a metric, not scale
    // (RUBRIC-NOTES "The writer's own handled load", session 23).
    expect(ms('Answered between 50 and 80 tickets a day.')).toBe('M.');
  });

  it('a large count after a sizing preposition, or sizing one thing, is scale', () => {
    expect(ms('Built a device lab for hundreds of tablets.')).toBe('.S');
    expect(ms('Maintained a 50K SLOC codebase.')).toBe('.S');
    expect(ms('Managed a $70M modernization program.')).toBe('.S');
    // A model's parameter count is configuration, not the size of the context.
    expect(ms('Distilled a 7B model.')).not.toMatch(/S/);
  });

  it("a count the writer's verb delivered, a change, or money saved is a metric", () => {
    expect(ms('Gave a dozen talks at meetups.')).toBe('M.');
    expect(ms('Saved $250K a year on vendor contracts.')).toBe('M.');
    expect(ms('Cut review time from 3 days to 4 hours.')).toBe('M.');
  });

  it('zero counts are metrics; "zero-" names and "without issues" are not', () => {
    expect(ms('No customer escalations since the launch.')).toBe('M.');
    expect(ms('Zero security incidents this year.')).toBe('M.');
    expect(ms('Designed zero-touch deployment pipelines.')).toBe('..');
    expect(ms('Kept collaborating with them without issues.')).toBe('..');
  });

  it('digits in names, codes and schedules are no quantity', () => {
    expect(ms('Implemented ICD-10 code validation.')).toBe('..');
    expect(ms('Created the Form I-9 submission app.')).toBe('..');
    expect(ms('Provided 24x7 on-call support.')).toBe('..');
    expect(ms('Joined the on-call rotation (24-7/7).')).toBe('..');
    // A tier, level or class in lower case is a name too; a count beside it keeps its role.
    expect(ms('Wrote the on-call guide for every tier-1 system.')).toBe('..');
    expect(ms('Took over level-2 support for the billing desk.')).toBe('..');
    expect(ms('Triaged priority-2 tickets on weekends.')).toBe('..');
    expect(ms('Supported 40 tier-1 services.')).toBe('.S');
  });

  it("a Situation's counts size the context; a measured change there is still a metric", () => {
    // The customers a Situation names are the context's magnitude (RUBRIC.md has_scale lists customers).
    expect(ms('The startup sold inventory software to 200 small shops.', 'situation')).toBe('.S');
    // Session 38: with no section too. The count hangs on "to", a context preposition, in a clause whose
    // subject is the firm, not the writer (quantity-evidence.ts finds no clause evidence of a measure): the
    // customers the firm has, scale by RUBRIC.md, not a count of things the writer delivered. It read
    // metric by default before (issue 11: never by defaulting an unknown noun).
    expect(ms('The startup sold inventory software to 200 small shops.')).toBe('.S');
    expect(ms('Checkout errors had risen from 1% to 4%.', 'situation')).toBe('M.');
  });
  it('time allowed for the work is a constraint, not a metric; the time it took is one', () => {
    expect(ms('I had three days to ship the first prototype.')).toBe('..');
    expect(ms('We were given two months to migrate the billing system.')).toBe('..');
    expect(ms('I had only 48 hours to fix the outage.')).toBe('..');
    expect(ms('Delivered the billing rewrite in two weeks.')).toBe('M.');
    expect(ms('It took two weeks to rebuild the importer.')).toBe('M.');
  });

  it('a code base size in lines of code is scale, not a metric', () => {
    expect(ms('Ported a legacy reporting tool (Perl) ~ 12K SLOC')).toBe('.S');
    expect(ms('Kept a 200 KLOC monolith building on every commit.')).toBe('.S');
  });

  it('money handed out sizes what the writer administered; money saved is a metric', () => {
    expect(ms('Allocated $40,000 in department funds to 12 student clubs.')).toBe('.S');
    expect(ms('Disbursed $1.5M in research grants each year.')).toBe('.S');
    expect(ms('Saved $40,000 a year on hosting.')).toBe('M.');
  });
  it("a system's own throughput is context; a volume the writer worked through is both", () => {
    expect(ms('Ran the Spark cluster crunching 3 TB of clickstream a day.')).toBe('.S');
    expect(ms('Wrote a service that handled 4,000 payments an hour.')).toBe('.S');
    expect(ms('Ingested 12 TB of telemetry into the lake.')).toBe('MS');
  });

  it('a count the work spans or a context verb governs is scale, whatever its noun', () => {
    expect(ms('Rolled out the new rota across 7 wards.')).toBe('.S');
    expect(ms('Supported 30 storefront themes.')).toBe('.S');
    // A few of something already named size nothing.
    expect(ms('Held a kickoff with the four shift supervisors.')).toBe('..');
  });

  it('an increment or a part counted as a result is a metric, not a size', () => {
    expect(ms('The new rules flagged 900 more risky logins.')).toBe('M.');
    expect(ms('Three of the interns we hired got return offers.')).toBe('M.');
  });

  it('digits in protocols, versions, methods, schedules, regulations and rankings of the context are no quantity', () => {
    expect(ms('Moved the API to HTTP/2.')).toBe('..');
    expect(ms('Upgraded Postgres 11 to 15.')).toBe('..');
    expect(ms('Introduced 5S audits in the paint shop.')).toBe('..');
    expect(ms('Staffed the 24-hour support line.')).toBe('..');
    expect(ms('Validated the system against 21 CFR Part 11.')).toBe('..');
    expect(ms('Consulted for a top-5 insurer in 10 US states.')).toBe('.S');
    expect(ms('We had no Sev-2 pages that quarter.')).toBe('M.');
    // A ranking metric's cut-off is part of its name; the values it reached stay metrics.
    expect(ms('Tuned the reranker for MRR@20 and P@1.')).toBe('..');
    expect(ms('Lifted hit-rate@10 from 0.41 to 0.57.')).toBe('M.');
    // A before → after pair of versions of a named thing is no change; a measure's pair is.
    expect(ms('Redis upgrades (6 → 7) on every cache node')).toBe('..');
    expect(ms('Bumped the Terraform provider from 4.2 to 5.1.')).toBe('..');
    expect(ms('Raised the minimum runtime from 18 to 20 in every repo.')).toBe('..');
    expect(ms('Bumped test coverage from 45 to 80.')).toBe('M.');
    expect(ms('Upgraded our CSAT from 4.1 to 4.6.')).toBe('M.');
  });

  it('time in a post is no metric, however far its verb and whether a parenthesis holds it', () => {
    expect(ms("I've been with the claims team at a regional insurer for nearly six years.")).toBe('..');
    expect(ms('Acting deputy head of the science department (8 months)')).toBe('..');
    expect(sentenceFacts('Acting deputy head of the science department (8 months)').isClaim).toBe(false);
    // A line that says what was done gives the time the work took.
    expect(ms('Rebuilt the rota system (4 months)')).toBe('M.');
  });

  it('a problem got past, or a point counted back, measures nothing done', () => {
    expect(ms('Cut through three years of argument over the data model.')).toBe('..');
    expect(ms('Cut 3 months of delays from the release cycle.')).toBe('M.');
    expect(ms('Set the feature window to stop 45 days back.')).toBe('..');
  });

  it('a value after a comparison sign in a rule or an alert is its threshold; a value reached stays a metric', () => {
    expect(ms('Wired a page for whenever queue lag > 300s.')).toBe('..');
    expect(ms('Set a monitor on error rate >= 2% per host.')).toBe('..');
    expect(ms('Auto-escalate any ticket with a CSAT < 3 to a lead.')).toBe('..');
    expect(ms('Kept p99 < 200 ms through the holiday peak.')).toBe('M.');
    expect(ms('Cut noisy alerts to < 5% of pages.')).toBe('M.');
  });

  it('a part of a group that wishes, proposes or takes a side names the story’s people', () => {
    expect(ms('Two of my reviewers wanted a second pilot first.')).toBe('..');
    expect(sentenceFacts('Three of the senior teachers pushed to keep the old timetable.').isClaim).toBe(false);
    expect(ms('Two of the nurses I precepted were promoted to charge nurse.')).toBe('M.');
  });

  it('a list of counts in parentheses after a noun sizes what it names', () => {
    expect(ms('Platform squad (5 engineers, 1 SRE)')).toBe('.S');
    expect(ms('Cardiac ward (24 beds, 30 staff)')).toBe('.S');
    // A breakdown of a count the writer delivered keeps its role.
    expect(ms('Published 3 papers (2 journal, 1 workshop)')).toMatch(/^M/);
  });

  it('a few items of the story picked by a superlative are which items, not how much work', () => {
    expect(ms('Rewired the three oldest freezers to the backup circuit.')).toBe('..');
    expect(ms('I called the two angriest customers myself.')).toBe('..');
    expect(ms('Quarantined the 14 flakiest tests.')).toBe('M.');
    expect(ms('Won the two largest accounts in the region.')).toBe('M.');
  });

  it('the few machines a job was set to run on are configuration; a fleet, a purchase or a change keeps its role', () => {
    expect(ms('Moved the scoring job onto 2 L4s.')).toBe('..');
    expect(ms('Served the reranker on four GPUs behind one gateway.')).toBe('..');
    expect(ms('Shifted batch inference from CPU to 6 GPUs.')).toBe('..');
    expect(ms('Trained the model on 512 GPUs.')).toBe('.S');
    expect(ms('Provisioned 40 servers for the launch.')).toBe('MS');
    expect(ms('Cut the render farm from 40 servers to 12.')).toMatch(/^M/);
  });

  it('money won or closed is a metric; money sizing the buyers is scale', () => {
    expect(ms('Closed a 6-figure renewal with a retailer.')).toBe('M.');
    expect(ms('Won a $900K contract with the port authority.')).toBe('M.');
    expect(ms('Sold into districts with budgets over $20M.')).toBe('.S');
  });

  it('the time a result took, a change of frequency and a score are metrics; a cadence is not', () => {
    expect(ms('By week four the pilot ward was fully on the new charts.')).toBe('M.');
    expect(ms('Took deploys from once a week to twice a day.')).toBe('M.');
    expect(ms('Met the vendor once a week.')).toBe('..');
    expect(ms('Earned a 4.9 rating from learners.')).toBe('M.');
  });
  it('a team that grew states its size; traffic or output that changed only measures the change', () => {
    expect(ms('Helped grow the design team from 4 to 12 designers.')).toBe('MS');
    expect(ms('Cut nightly queries from 900 to 40.')).toBe('M.');
    // A volume the work went through is both, whatever the verb's form.
    expect(ms('Consolidate 3 million duplicate records into 400,000 clean ones.')).toBe('MS');
  });

  it('a few items the writer made are output, not traffic', () => {
    expect(ms('Led 12 product launches.')).toBe('M.');
    expect(ms('Recorded a dozen onboarding videos.')).toBe('M.');
  });

  it('reads placings, "by more than half", money per month, early delivery and a Situation frequency', () => {
    expect(ms('Finished second place in the regional case competition.')).toBe('M.');
    expect(ms('Storage costs fell by more than half.')).toBe('M.');
    expect(ms('Save hundreds/month on licences.')).toBe('M.');
    expect(ms('We launched the release two weeks early.')).toBe('M.');
    expect(ms('The pager went off about thirty times a week.', 'situation')).toBe('M.');
    expect(ms('Shipped the cutover without a single customer-facing error.')).toBe('M.');
    // A noun is no verb: "manual reviews" governs nothing.
    expect(ms('The team was buried in manual reviews, about 3,000 a day.')).toBe('.S');
  });

  it('a value given to a setting, or the share a rollout reaches, is configuration', () => {
    expect(ms('Set the retry limit to 5 and the request timeout to 20 seconds.')).toBe('..');
    expect(ms('Raised the batch size to 128 on the ingest workers.')).toBe('..');
    expect(ms('Rolled the new pricing page out to 10% of visitors.')).toBe('..');
    expect(ms('Kept the canary on 1% of pods for a day.')).toBe('..');
    // A change measured from a setting's old value is still a change; a share the work won is a metric.
    expect(ms('Lowered the p99 timeout from 40 to 8 seconds.')).toBe('M.');
    expect(ms('Shipped the redesign and grew repeat purchases to 31% of buyers.')).toBe('M.');
  });

  it('the share a test runs on, or a bare ramp, is configuration too (one exposure reader)', () => {
    expect(ms('Ran an A/B test on 8% of checkout sessions.')).toBe('..');
    expect(ms('Ran the experiment with 15% of new accounts as the holdout.')).toBe('..');
    expect(ms('Shadow-tested the new ranker against the old one in every region on 5% of searches.')).toBe('..');
    expect(ms('Ramped the new search to 100% in the second week.')).toBe('..');
    // What the test measured is the metric; a result told after a test word is still one.
    expect(ms('Cut test flakiness to 2% of runs.')).toBe('M.');
    expect(ms('In the A/B test, sign-ups rose 6%.')).toBe('M.');
    expect(ms('Launched the referral page, lifting sign-ups to 35%.')).toBe('M.');
  });

  it('a small number joined to a noun that modifies another names a kind of thing', () => {
    expect(ms('Wrote a three-phase migration plan for the ledger.')).toBe('..');
    expect(ms('Designed a 4-stage review pipeline.')).toBe('..');
    // A unit, a size or a score joined the same way stays a quantity.
    expect(ms('Ran a five-node Cassandra cluster.')).toMatch(/S/);
    expect(ms('Cut onboarding to a two-day course.')).toMatch(/M/);
  });

  it('"by N <things>" is the size of a change, unless "by" names who did something', () => {
    expect(ms('Raised the satisfaction score of the returns flow by 9 points.')).toMatch(/^M/);
    expect(ms('Grew the weekly newsletter by 800 readers.')).toMatch(/^M/);
    expect(ms('Wrote the style guide followed by 12 squads.')).toMatch(/^\./);
  });

  it("a count or a duration in a condition clause is the condition's threshold, not a measure", () => {
    expect(ms('When a build stayed red for three hours, the bot paged the owner.', 'action')).toBe('..');
    expect(ms('If a card failed twice, the job retried it overnight.', 'action')).toBe('..');
    // A change measured inside the clause, or a count in the main clause, still counts.
    expect(ms('When we shipped, I had closed 40 bugs.')).toBe('M.');
    expect(ms('When latency fell by 30%, signups rose.')).toMatch(/^M/);
  });
  it('counts joined by "and" or a comma take the role of the first one', () => {
    // People led are scale, people hired or coached a metric, for every count in the list.
    expect(ms('Supervised 4 pharmacists and 11 pharmacy technicians.')).toBe('.S');
    expect(ms('Led 3 data engineers, 2 analysts and a product owner.')).toBe('.S');
    expect(ms('Recruited 6 tutors and 2 coordinators for the summer program.')).toBe('M.');
    // A count with its own verb keeps its own role.
    expect(ms('Managed 9 developers and hired 2 testers.')).toBe('MS');
    expect(ms('Led 4 engineers and shipped 5 releases.')).toBe('MS');
  });

  it('how many options were kept, or how far a scope reaches, is a choice, not a measure', () => {
    expect(ms('Narrowed the list of candidate CRMs from seven to two.')).toBe('..');
    expect(ms('Selected 4 of the 20 submitted proposals for the grant.')).toBe('..');
    expect(ms('I cut the beta down to one customer segment.', 'action')).toBe('..');
    expect(ms('Compared 5 candidate schemas before picking one.')).toBe('..');
    // A list of things the work removed still measures something; candidates interviewed are people.
    expect(ms('Cut the release checklist from 30 steps to 9.')).toBe('M.');
    expect(ms('Interviewed 45 candidates for the support team.')).toBe('M.');
  });
  it('a value a setting verb gives, a retry count, a retention span or a threshold is configuration', () => {
    expect(ms('Limited each tenant to 500 API calls per hour.')).toBe('..');
    expect(ms('Capped every upload at 25 MB.')).toBe('..');
    expect(ms('Configured the health check to fail after 45 seconds.')).toBe('..');
    expect(ms('The sync job retries a dropped connection up to four times.', 'action')).toBe('..');
    expect(ms('Kept 90 days of audit events in cold storage.')).toBe('..');
    expect(ms('The pager escalates after 2 missed alerts.', 'action')).toBe('..');
    expect(ms('Partitioned the orders table into 32 shards.')).toBe('..');
    // What changed, what the work kept for people, and what a context verb sizes stay quantities.
    expect(ms('Lowered the upload limit from 100 MB to 25 MB.')).toBe('M.');
    expect(ms('Kept 30 key accounts from churning during the price change.')).toMatch(/^M/);
    expect(ms('Configured backups for 60 databases.')).toBe('.S');
    expect(ms('Pinned down the leak after 4 days of profiling.')).toBe('M.');
  });
  it('what the writer keeps running is the context of the job, not output', () => {
    expect(ms('Maintained 3 legacy Rails apps for the events team.')).toBe('.S');
    expect(ms('Owned 5 services in the checkout domain.')).toBe('.S');
    expect(ms('Administered 150 Windows servers.')).toBe('.S');
    // A share kept is a measure; things built are output.
    expect(ms('Maintained 92% test coverage on the SDK.')).toBe('M.');
    expect(ms('Built 3 internal Rails apps for the events team.')).toBe('M.');
  });
  it('a count that is the subject of others taking the work up measures the result', () => {
    expect(ms('Seven other squads adopted the runbook.', 'result')).toMatch(/^M/);
    expect(ms('Within two weeks, 300 shoppers signed up for alerts.', 'result')).toMatch(/^M/);
    expect(ms('Three analysts I trained were promoted.', 'result')).toMatch(/^M/);
    expect(ms('20 clinics went live on the new booking flow.', 'result')).toMatch(/^M/);
    // The same count in a Situation is context; people who joined the writer are the people of the story.
    expect(ms('About 70 agents used the old macros daily.', 'situation')).toBe('.S');
    expect(ms('Two designers joined me for the redesign.', 'action')).toMatch(/^\./);
  });
  it('how long a test ran, the group it ran on and how long a meeting lasts are test design and schedules', () => {
    expect(ms('We ran the new and old payroll in parallel for four weeks.', 'action')).toBe('..');
    expect(ms('I kept the recommender in shadow mode for 12 days.', 'action')).toBe('..');
    expect(ms('Ran a 3-week A/B test on the checkout copy.')).toBe('..');
    expect(ms('I asked 4 clinics to try the new form first.', 'action')).toBe('..');
    expect(ms('I set up a 20-minute sync with each squad lead.', 'action')).toBe('..');
    expect(ms('We met for 10 minutes after every release.', 'action')).toBe('..');
    // Effort spans, what the test measured and a meeting shortened still measure something.
    expect(ms('I spent three days tracing the failing jobs.', 'action')).toBe('M.');
    expect(ms('The A/B test showed a 6% lift in orders.', 'result')).toBe('M.');
    expect(ms('I cut the weekly sync from 45 minutes to 15.', 'action')).toBe('M.');
    expect(ms('Delivered 4 three-hour workshops on accessibility.')).toBe('M.');
  });

  it('how an Action laid out the work is configuration: plan parts, caps, bookings, samples, thresholds', () => {
    // The parts a plan has, laid out or rolled out in.
    expect(ms('I set up two review rounds, one with engineering and one with support.', 'action')).toBe('..');
    expect(ms('We rolled it out in three waves.', 'action')).toBe('..');
    expect(ms('I defined 3 severity levels for incidents.', 'action')).toBe('..');
    // Rounds of work done, a changed count of steps and the time the work took stay measures.
    expect(ms('I ran two rounds of interviews with the finalists.', 'action')).toMatch(/^M/);
    expect(ms('I cut the approval process from 12 steps to 4.', 'action')).toMatch(/^M/);
    expect(ms('Built it in three sprints', 'action')).toMatch(/^M/);
    // A ceiling, a booked slot, the first N picked by a limit, a margin, a sampled share.
    expect(ms('I capped each batch at 500 rows.', 'action')).toBe('..');
    expect(ms('I scheduled a 45-minute review with each team lead.', 'action')).toBe('..');
    expect(ms('Helped the billing team close their books two days faster each month.')).toBe('M.');
    expect(ms('I limited the pilot to the first 50 signups.', 'action')).toBe('..');
    expect(ms('I kept a 20% buffer in every sprint for interrupts.', 'action')).toBe('..');
    expect(ms('I used a 7-day rolling average to smooth the alerts.', 'action')).toBe('..');
    expect(ms('I sampled 5% of the traffic for the shadow test.', 'action')).toBe('..');
    // The threshold a rule picks items by; an outage's length is a before value.
    expect(ms('I built a small script that flagged orders stuck for more than a day', 'action')).toBe('..');
    expect(ms('I added a second approval step for refunds above $500.', 'action')).toBe('..');
    expect(ms('The site was down for 3 hours.', 'situation')).toBe('M.');
    // A few people pulled in or a small working group are the people of the story; a led team is scale.
    expect(ms('I pulled in 2 engineers from the data team to help.', 'action')).toBe('..');
    expect(ms('I set up a 3-person working group with legal and finance.', 'action')).toBe('..');
    expect(ms('I led a 6-person team.', 'action')).toBe('.S');
  });

  it('in an Action, a figure named ahead of the work is a target; the same figure reached is a metric', () => {
    expect(ms('I rewrote the retry logic to get the failure rate below 1%.', 'action')).toBe('..');
    expect(ms('I proposed moving to spot instances to cut the bill by 30%.', 'action')).toBe('..');
    expect(ms('I estimated the migration would take 6 weeks.', 'action')).toBe('..');
    expect(ms('I committed to a 4-hour response time for P1 tickets.', 'action')).toBe('..');
    expect(ms('I asked for a 20% increase in the support budget.', 'action')).toBe('..');
    expect(ms('I set a target of 500 sign-ups for the launch week.', 'action')).toMatch(/^\./);
    expect(ms('I rewrote the retry logic, which got the failure rate below 1%.', 'action')).toBe('M.');
    expect(ms('I moved us to spot instances and cut the bill by 30%.', 'action')).toBe('M.');
    expect(ms('I shipped the fix within 48 hours.', 'action')).toBe('M.');
    // On a resume line the purpose reads as the result it reports.
    expect(ms('Rewrote the caching layer to cut p95 latency by 40%.')).toBe('M.');
  });

  it('a one-off act of a counted subject is a metric; a base that took the work up for good sizes it too', () => {
    expect(ms('About 400 parents registered for the open evening.', 'result')).toBe('M.');
    expect(ms('Two of my interns came back as full-time hires.', 'result')).toBe('M.');
    expect(ms('60 reps installed the plugin in its first week.', 'result')).toBe('M.');
    expect(ms('Four squads adopted the release checklist.', 'result')).toBe('MS');
  });

  it('the planned span of a plan, roadmap or project is a timeline; the time the work took is a metric', () => {
    expect(ms('Wrote a 90-day ramp-up plan for new account executives.')).toBe('..');
    expect(ms('Drove the 24-month platform roadmap with two product leads.')).toBe('..');
    expect(ms('I led a six-month ERP rollout for the distribution centers.', 'action')).toBe('..');
    expect(ms('Finished the ERP rollout in five months.')).toBe('M.');
    expect(ms('Brought a 40-minute deploy down to 6 minutes.')).toBe('M.');
  });

  it('a share of the population the work sits in is scale; a share worked through or changed is a metric', () => {
    expect(ms('Ran retention outreach for the 20% of members on annual plans.')).toBe('.S');
    expect(ms('Covered territories representing 35% of national sales.')).toBe('.S');
    expect(ms('Automated 60% of the monthly reconciliations.')).toBe('M.');
    expect(ms('Raised the share of repeat customers from 18% to 26%.')).toBe('M.');
  });

  it('a multiplier after a name is a measure, not part of the name', () => {
    expect(ms('Made the Postgres 3x faster on the reporting queries.')).toBe('M.');
    expect(ms('Sped up the CI 5x by caching dependencies.')).toBe('M.');
    expect(ms('Moved the workers from Python 2.7 to Python 3.x.')).toBe('..');
  });

  it('money sizing the program the writer ran or delivered is scale; money won or saved is a metric', () => {
    expect(ms('Delivered the $3M payroll migration for the state agency.')).toBe('.S');
    expect(ms('Oversaw the $450K fleet maintenance contract.')).toBe('.S');
    expect(ms('Secured a $120K foundation grant for the after-school club.')).toBe('M.');
    expect(ms('Won a $2M contract with the transit authority.')).toBe('M.');
    expect(ms('Saved $75K a year on printing.')).toBe('M.');
  });

  it('a load carried per work shift is scale, like a load per day', () => {
    expect(ms('Looked after 4-5 residents per shift on the dementia unit.')).toBe('.S');
    // The writer's own load per shift measures their effort (RUBRIC-NOTES handled load, session 23).
    expect(ms('Packed 300 orders a shift in the cold store.')).toBe('M.');
  });

  it("a size class joined to a model's name is part of the name; a range keeps its role", () => {
    expect(ms('Served Falcon-40B behind an internal gateway.')).toBe('..');
    expect(ms('Evaluated Llama-3-8B against our intent classifier.')).toBe('..');
    expect(ms('Grew ARR from $1-2M to $6M.')).toMatch(/^M/);
  });

  it('round-the-clock cover written out is a schedule, like 24/7; time saved per week is a metric', () => {
    expect(ms('Staffed the help line 24 hours a day, 7 days a week.')).toBe('..');
    expect(ms('Saved the clinic 2 days a week of chart prep.')).toBe('M.');
  });

  it('the second of two labels joined by "and" or "or" is a label too', () => {
    expect(ms('Ran the Tier 1 and 2 help desk queues.')).toBe('..');
    expect(ms('Holds forklift licences (Class 4 and 5).')).toBe('..');
    expect(ms('Closed ticket #4521 and 30 others that week.')).toMatch(/^M/);
  });

  it('"from a day to an hour" is a before and after of a time', () => {
    expect(ms('Took month-end reporting from a week to a day.')).toBe('M.');
    expect(ms('Moved billing from a monolith to a service.')).toBe('..');
  });

  it('the second end of a range hangs on what the first hangs on', () => {
    expect(ms('Ran events with budgets between $20K and $150K.')).toBe('.S');
    expect(ms('Answered between 50 and 80 tickets a day.')).toBe('M.');
  });

  it("places a leading verb governs are the job's context; places the work made are output", () => {
    expect(ms('Ran 3 kitchens for the hotel group.')).toBe('.S');
    expect(ms('Managed 11 rental properties.')).toBe('.S');
    expect(ms('Built 2 labs for the new campus.')).toBe('M.');
  });

  it('an "x" before hardware counts machines, like "8 GPUs"; before a measure it multiplies', () => {
    expect(ms('Pretrained the encoder on 16x V100 GPUs.')).toBe('.S');
    expect(ms('Got 3x throughput from the same cluster.')).toBe('M.');
  });

  it('the base of a rate is its unit: it sizes nothing', () => {
    expect(ms('Brought defects down to 2 per 1,000 units shipped.', 'result')).toBe('M.');
    expect(ms('Cut falls from 4.1 to 2.3 per 1,000 patient days.')).toBe('M.');
  });
});
