// The signal classes on sentences written for this test (no corpus text): each class of language
// fires on phrasings no cue list names, and stays quiet on the look-alikes the rubric rules out.
import { describe, it, expect } from 'vitest';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';
import type { SignalId } from '#shared/analysis/index';
import { isIncidentStory, setupNamesFailure } from '#shared/analysis/signals/incident-context';

const shows = (sentence: string, id: SignalId) => sentenceSignals(sentence).has(id);

describe('trade-off: a choice with its alternative or its cost', () => {
  it.each([
    'I traded exactness for speed with approximate counts.',
    'Retraining hourly would have tripled the GPU bill, so we kept the nightly job.',
    'We went with Postgres over DynamoDB for the joins.',
    'Rather than rewrite the parser, I wrapped it behind a queue.',
    'We sketched three approaches before writing any code.',
    'She asked whether to buy the vendor tool or build our own.',
    'I decided to forecast 14-day demand rather than 60-day demand.',
  ])('%s', (s) => expect(shows(s, 'trade-off')).toBe(true));

  it.each([
    'I listened with curiosity rather than confrontation.',
    'Instead of guessing, I read the logs.',
    'The job now runs in 9 minutes instead of 40.',
    'The partners felt heard rather than pushed.',
    'The service picked the closest replica over the network.',
  ])('not: %s', (s) => expect(shows(s, 'trade-off')).toBe(false));
});

describe('constraint: a limit the work had to respect', () => {
  it.each([
    'I had three weeks before the spring release.',
    'The export had to stay under 200 ms at p95.',
    'We could not move customer records out of the EU.',
    'I had to cut cloud spend without adding headcount.',
    'The firmware had to run on a single GPU.',
    'Legal required explicit consent for every tracked field.',
  ])('%s', (s) => expect(shows(s, 'constraint')).toBe(true));

  it.each([
    'Traffic recovered within 20 minutes.',
    'The real constraint was the connection pool.',
    'The report used to take two days to arrive.',
  ])('not: %s', (s) => expect(shows(s, 'constraint')).toBe(false));
});

describe('cross-functional: roles and teams outside the writer’s own', () => {
  it.each([
    'I paired with the fraud analysts on the new rules.',
    'Compliance had flagged the retention policy.',
    'I worked with finance to set the budget.',
    'Four teams still called the old endpoint.',
    'Each vendor’s technical team had its own test account.'.replace('’', "'"),
    'I reviewed the mock-ups with two designers.',
  ])('%s', (s) => expect(shows(s, 'cross-functional')).toBe(true));

  it.each([
    'My team shipped the feature in May.',
    'I joined as the platform SRE on call.',
    'The partner-agnostic adapter took a day to write.',
    'Security is a feature, not an afterthought.',
  ])('not: %s', (s) => expect(shows(s, 'cross-functional')).toBe(false));
});

describe('influence: moving a decision the writer did not own', () => {
  it.each([
    'I suggested a feature flag to the mobile lead.',
    'She signed off on the plan the next day.',
    'After the demo, the reliability group adopted the checklist.',
    'I showed them that retries doubled the load.',
    'It became the team’s standard for new services.'.replace('’', "'"),
  ])('%s', (s) => expect(shows(s, 'influence')).toBe(true));

  it.each([
    'A senior engineer pushed back on my design.',
    'I wanted to settle it without escalating.',
    'I kept a flag in case they changed their minds.',
  ])('not: %s', (s) => expect(shows(s, 'influence')).toBe(false));
});

describe('after-launch: running the system once it shipped', () => {
  it.each([
    'Once it was live, I watched the dashboards every morning.',
    'At 3 a.m. the API started returning 503s.',
    'I added a check to CI so the bug could not slip back in.',
    'Accuracy had slipped to 81% by the spring.',
    'The nightly job retrains on the last 90 days.',
  ])('%s', (s) => expect(shows(s, 'after-launch')).toBe(true));

  it.each([
    'We fit a logistic regression on the click data.',
    'Option two would have added on-call load for the team.',
    'I built an alerting service for the data platform.',
  ])('not: %s', (s) => expect(shows(s, 'after-launch')).toBe(false));
});

describe('ambiguity: deciding without the spec or the data', () => {
  it.each([
    'Nobody could say which customers counted as active.',
    'With no historical data for that market, I sized for twice the peak.',
    'I wrote down what each status actually meant.',
    'I kept the threshold in config in case the rules changed.',
  ])('%s', (s) => expect(shows(s, 'ambiguity')).toBe(true));

  it.each([
    'I read the docs for anything unclear about Kafka.',
    'An unknown process was holding the port.',
    'We set up daily check-ins to reduce ambiguity between the two leads.',
  ])('not: %s', (s) => expect(shows(s, 'ambiguity')).toBe(false));
});

describe('own-decision: the writer’s call, in the first person', () => {
  it.each([
    'I deferred the migration to the next quarter.',
    '- Chose to drop the legacy export.',
    'I pulled the numbers and recommended a phased rollout.',
    'It was my call to keep the old API.',
  ])('%s', (s) => expect(shows(s, 'own-decision')).toBe(true));

  it.each([
    'We decided to ship on Friday.',
    'I was asked to decide between the two vendors.',
    'I cut build time by 40%.',
    'I built a prototype showing latency dropped.',
  ])('not: %s', (s) => expect(shows(s, 'own-decision')).toBe(false));
});

describe('language classes added for real-story phrasing', () => {
  const cases: [SignalId, string[], string[]][] = [
    [
      'trade-off',
      [
        'I settled on SQLite because it needed no server and was fast enough for one user.',
        'The queue was simpler but would lose events on a crash; the log took longer but kept everything.',
        'The managed option was cheapest but needed a contract we could not sign in time.',
        'Moved the nightly export to a cheaper tier, trading an hour of delay for half the storage bill.',
        'I evaluated three parsers on our oldest invoices.',
        'A rewrite risked a month of regressions, so I wrapped the old module instead.',
        'Migrated the cron jobs to the scheduler over a hand-rolled supervisor.',
      ],
      [
        'I chose Go because the team knew it.',
        'The fix was simple but took a day to find.',
        'Every Friday I compared the forecast against actual sales.',
        'The graph showed steady growth rather than a one-off spike.',
      ],
    ],
    [
      'own-decision',
      [
        'Rebuilding the index risked an hour of downtime, so I patched it in place.',
        'I looked at a hosted queue but went with Postgres, since it was already running.',
        '- Kept the old model on the GPU since it had no latency room left.',
      ],
      ['I compared three vector stores on recall.', 'The smaller model lost a point of recall, which I accepted.'],
    ],
    [
      'constraint',
      [
        'We were launching the beta in March.',
        'Finance asked us to cut the storage bill by a third.',
        'Error rates stayed within the SLO all quarter.',
        'The detector had to fit in 8 MB on the watch.',
      ],
      [
        'We launched in March and grew fast.',
        'Logs pointed at the connection pool as the real constraint.',
        'The dashboard fits on one screen.',
      ],
    ],
    [
      'cross-functional',
      [
        'The tax compliance team had to approve every schema change.',
        'I offered to migrate his team’s jobs myself.'.replace('’', "'"),
        'Each carrier had its own label format, so I wrote an adapter per carrier partner.',
        'The payments provider capped us at 50 calls a second.',
        'The release stalled until compliance uploads the signed form.',
      ],
      ['The search team was four people, me and three new grads.', 'I joined the billing team in May.'],
    ],
    [
      'influence',
      [
        '**Presented the benchmark results** at the architecture review.',
        'I wrote a short proposal for a shared retry library and circulated it to the leads.',
        'I shared a cost analysis with the data team before the planning meeting.',
      ],
      ['The team presented the roadmap to us.', 'They wrote a proposal for the new office.'],
    ],
    [
      'after-launch',
      [
        'Two months in, calibration had drifted and I recalibrated the scores.',
        'Since go-live I tune the rate limits from the 429s we see in production.',
        'I added telemetry on every consumer so we could see lag per partition.',
      ],
      [
        'Before the full rollout we ran a two-week A/B test on 5% of users.',
        'We shadowed the old router for a week ahead of the launch.',
        'Retraining weekly would have doubled the cluster bill.',
        'Streaming adds operational overhead (monitoring, consumer lag alerts) that batch does not.',
        'I weighed a per-tenant threshold against retraining the model.',
      ],
    ],
    [
      'constraint',
      [
        'The vendor contract was ending in June, so the replacement had a fixed date.',
        'Every change had to pass a PCI review.',
        'We had an aggressive timeline set by the board.',
        'The migration had to be finished by the end of Q2.',
        'The ledger could not drop a single payment.',
        'The warehouse data had to be kept for seven years by law.',
      ],
      [
        'I built an error budget dashboard for each service.',
        'We shipped it by March and moved on.',
        'The contract tests caught two bugs.',
      ],
    ],
    [
      'influence',
      [
        'I got the platform leads to agree on one retry policy.',
        'After two demos I won the directors’ support for the pilot.'.replace('’', "'"),
        'I took the latency data to the architecture review.',
      ],
      ['The manager took it to HR.', 'I got the team to the offsite on time.'],
    ],
    [
      'ambiguity',
      [
        'I researched the gaps myself before asking anyone.',
        'I chose to wait for more settled claims data before retraining.',
        'Sales and support used competing definitions of an active account.',
        'The scope of the pilot was not settled when I started.',
      ],
      ['We waited for the build to finish.', 'The glossary lists the definitions of each metric.'],
    ],
  ];
  for (const [id, yes, no] of cases) {
    it.each(yes)(`${id}: %s`, (s) => expect(shows(s, id)).toBe(true));
    it.each(no)(`not ${id}: %s`, (s) => expect(shows(s, id)).toBe(false));
  }
});

describe('classes for plainer, implicit phrasing (written for this test)', () => {
  const cases: [SignalId, string[], string[]][] = [
    [
      'trade-off',
      [
        'We talked about sharding the table, but it would have meant a month of migration work.',
        'Adding a second region was tempting, but the bill would have doubled.',
        'Raising the timeout would have hidden the problem, not fixed it.',
        'With so few labels, we stuck with a rules baseline.',
        'A slightly lower hit rate was fine because the cache never served stale prices.',
        'The final design kept the best parts of both proposals.',
        'I wrapped the legacy client instead of rewriting the whole module.',
        'I kept the model small since anything bigger missed the latency budget.',
      ],
      [
        'I looked at the logs, but nothing stood out.',
        'It caught the leak a day before it would have taken the site down.',
        'My slower pace was fine because the tickets were harder.',
        'The migration moved all 30 tables over four months.',
        'The check now fails fast instead of silently dropping rows.',
      ],
    ],
    [
      'constraint',
      [
        'The vendor could only give us three months of logs.',
        'With so little traffic data, every estimate was rough.',
        'We could not afford any downtime during trading hours.',
        'Card data had to stay within the EU.',
        'It ran on the two servers we already had.',
        'We passed the bank’s security audit in June.'.replace('’', "'"),
        'I had to ship the export within the sprint.',
        'The redesign had to be live before the spring sale.',
      ],
      [
        'We shadowed the new parser for two weeks before the cutover.',
        'Support tickets dropped within a week.',
        'The only thing I changed was the index.',
        // A team size stated as a fact is no limit (RUBRIC).
        'I was the only backend engineer on the project.',
      ],
    ],
    [
      'cross-functional',
      [
        'I walked the vendor’s support engineers through the failing calls.'.replace('’', "'"),
        'The warehouse managers tested it on the night shift.',
        'Neither team owned the shared cache.',
        'I met both tech leads to settle the schema.',
        'The claims adjusters reviewed every flagged case.',
      ],
      [
        'My manager approved the plan.',
        'I took it to my engineering manager and the team’s manager.'.replace('’', "'"),
        'Both managers agreed to wait.',
        'Fraud losses went down after the change.',
      ],
    ],
    [
      'influence',
      [
        'I raised my concerns about the rewrite in the design review.',
        'I wrote a one-page doc on the two options and sent it to the platform leads.',
        'I showed the numbers to the product director, and we dropped the feature.',
        'Three other teams moved to the shared client within a month.',
        'The lead came around once he saw the load test.',
        'We reached a compromise: nightly batches for reports, streaming for alerts.',
      ],
      ['I wrote a doc for the onboarding wiki.', 'My manager raised concerns about my estimate.'],
    ],
    [
      'after-launch',
      [
        'After the cutover went live, I checked the reconciliation report every morning.',
        'We kept the old cluster for a month after the switch in case we had to roll back.',
        'The alert has fired twice since then, both real.',
        'I set up a nightly job that compares the two ledgers and flags any mismatch.',
      ],
      [
        // A failure named as the reason for the work is no after-launch work by the writer (RUBRIC).
        'The old sync had been failing silently for months, which is why the project started.',
        'We ran both pipelines side by side before the switch.',
        'Support costs went down 12% in the first quarter.',
        'I set up a holdout group before the first send.',
      ],
    ],
    [
      'own-decision',
      [
        'Rewriting the service risked the live integrations, so I left it alone and added a shim.',
        'I kept the model simple, a single gradient-boosted tree, since bigger ones overfit.',
        // A reason, then the writer's own way of doing the work (RUBRIC).
        'Refunds posted a week late, so I used a ten-day window for the labels.',
        'The lift looked too good to be true, so I checked the bucketing logs first.',
      ],
      [
        'The payments team worried about load, so I walked them through the soak test.',
        'I was blocked on access, so I asked my lead for help.',
        'It was not my call, since the other team owned the service.',
        'I assumed my estimate was fine because the work was familiar.',
      ],
    ],
  ];
  for (const [id, yes, no] of cases) {
    it.each(yes)(`${id}: %s`, (s) => expect(shows(s, id)).toBe(true));
    it.each(no)(`${id}, not: %s`, (s) => expect(shows(s, id)).toBe(false));
  }
});

describe('ambiguity: technical terms are not missing knowledge', () => {
  it.each([
    'I added fuzzy matching for merchant names.',
    'The model reports uncertainty estimates with every forecast.',
    'Our hypothesis was that shorter emails would lift opens.',
    'The parser threw undefined values on empty rows.',
    'The two replicas returned inconsistent results under load.',
  ])('not: %s', (s) => expect(shows(s, 'ambiguity')).toBe(false));

  it.each([
    'The ticket labels were inconsistent; three tags meant the same thing.',
    'The acceptance criteria were vague, so I wrote down what I assumed.',
  ])('%s', (s) => expect(shows(s, 'ambiguity')).toBe(true));
});

describe('ambiguity: a decision or action taken while something was unknown, not any "unclear"', () => {
  it.each([
    'Nobody had written down what counted as a late delivery.',
    'I did not know whether the old customers would move, so I kept both plans open.',
    'We had no test set, so I graded 150 past answers by hand.',
    'Since the field names were unclear, I treated every blank as missing and flagged it.',
    'It was unclear who owned the refund rules.',
    'The product brief was vague about which regions were in scope.',
    'I worked from the assumption that traffic would double by spring.',
    'Sales and finance used two definitions of a renewal.',
  ])('%s', (s) => expect(shows(s, 'ambiguity')).toBe(true));

  it.each([
    'The error message was unclear.',
    'It was unclear why the job failed, so I added more logging.',
    'I assumed the cache was warm.',
    'I had never used Terraform before.',
    'I did not know how to write a Helm chart.',
    'The migration was incomplete when I joined.',
  ])('not: %s', (s) => expect(shows(s, 'ambiguity')).toBe(false));
});

describe('after-launch: events and habits of running the live system', () => {
  it.each([
    'Two weeks in, the export file corrupted on one tablet after a power cut.',
    'Third day after the full cutover, refunds started landing twice.',
    'Replication lag spiked and we pointed traffic back to the old primary for a day.',
    'One region saw a drop, so we flipped them back while I fixed the timezone bug.',
    'I rolled it out one warehouse at a time.',
    'The reconciliation job caught four mismatches before customers did.',
    'Agents can flag a bad answer and I go through the flags every Friday.',
    'I look at the override rate on a dashboard every Monday.',
    'Added a daily check on the share of empty results.',
  ])('%s', (s) => expect(shows(s, 'after-launch')).toBe(true));

  it.each([
    'Two weeks in, conversion was up 3%.',
    'We met the product manager every week to review the roadmap.',
    'We agreed on a schema review with both teams every two weeks.',
    'We switched back to the office in March.',
    'The old sync had been failing silently for months, which is why the project started.',
  ])('not: %s', (s) => expect(shows(s, 'after-launch')).toBe(false));
});

describe('cross-functional: a role that is only the product’s users in a result is no partner', () => {
  it.each([
    'The lawyers rated 82% of answers as useful.',
    'Adjusters now review 40% fewer claims.',
    'Usage grew to 120 analysts in two months.',
    'I looked at a managed service, but the vendor contract would have taken a quarter.',
  ])('not: %s', (s) => expect(shows(s, 'cross-functional')).toBe(false));

  it.each([
    'I sat with two adjusters to review 40% of the flagged claims.',
    'Merchandisers complained that new items looked empty for the first 24 hours.',
    'Flagged accounts got a call from customer success within a week.',
    'The help desk agreed to test the bot for a month.',
  ])('%s', (s) => expect(shows(s, 'cross-functional')).toBe(true));
});

describe('constraint: a team size stated as a fact is no limit (RUBRIC clarification)', () => {
  it.each([
    'The ranking team was two people, me and a new grad.',
    'I joined a team of four engineers.',
    'We were a three-person team.',
    // This row was a yes before the clarification.
    'The platform team was three people, me and two contractors.',
  ])('not: %s', (s) => expect(shows(s, 'constraint')).toBe(false));
});

describe('cross-functional: users, own people and things only used are no partners (partner-context)', () => {
  it.each([
    'I built an internal tool for recruiters that pulls notes from three systems.',
    'About 90 planners use it every morning.',
    'The billing team now uses it to find unpaid invoices.',
    'On the pricing team at a car marketplace, 5 engineers and a PM.',
    'We were four ML engineers and a data scientist.',
    'I hired two backend engineers in my first quarter.',
    'As the only data scientist, I owned the forecast end to end.',
    'The platform team I lead runs the build farm.',
    'I mentored three junior data engineers.',
    "I pulled the fraud team's event tables to find every affected order.",
    "Our email provider's API started returning 429s.",
    'Data engineer, logistics',
  ])('not: %s', (s) => expect(shows(s, 'cross-functional')).toBe(false));

  it.each([
    'I sat with two recruiters to learn how they prepared each loop.',
    'I worked with two data scientists from the risk team.',
    "I asked the email provider's support which limits applied to us.",
    'The data science team owned the model; my team owned serving.',
    'Product managers asked for weekly numbers.',
    'Two teams were building their own pipelines for the same events.',
  ])('%s', (s) => expect(shows(s, 'cross-functional')).toBe(true));
});

describe('cross-functional: a manager line, users served, a title line, a quality word', () => {
  it.each([
    'I reported to the VP of Data.',
    'The platform serves 30 teams across the company.',
    'The ML team at a travel startup, 5 people.',
    'Security was a concern for the hospital.',
  ])('not: %s', (s) => expect(shows(s, 'cross-functional')).toBe(false));

  it.each(['The payments team at my company had to approve it.', 'I presented the plan to the VP of Data.'])(
    '%s',
    (s) => expect(shows(s, 'cross-functional')).toBe(true),
  );
});

describe('constraint: a limit word naming a thing built or a duty held is no limit', () => {
  it.each([
    'Managed a $25k monthly cloud budget for the research group.',
    'Improved user privacy by dropping raw IP addresses from the logs.',
    'Built an SLA dashboard for the support leads.',
  ])('not: %s', (s) => expect(shows(s, 'constraint')).toBe(false));

  it.each([
    'Ran the pilot on a fixed budget of $5k.',
    'Planned the migration around the holiday code freeze.',
    'Patient data was covered by HIPAA.',
  ])('%s', (s) => expect(shows(s, 'constraint')).toBe(true));
});

describe('after-launch: product alerts, outages as history, staging, results since launch', () => {
  it.each([
    'The app sends an alert to the store manager when a freezer warms up.',
    'Alerts now reach drivers before they leave the depot.',
    'The product lets parents monitor screen time.',
    'The old scheduler had four outages last year.',
    'The outages were what prompted the rewrite.',
    'I reverted the index change after the load test failed in staging.',
    'Since launch, bookings are up 9%.',
  ])('not: %s', (s) => expect(shows(s, 'after-launch')).toBe(false));

  it.each([
    'I set up alerts that page me when consumer lag passes 5 minutes.',
    'Since launch, I have checked the error dashboard every Monday.',
    'Held weekly reviews with the ops leads during the initial rollout to iterate.',
    'I was paged three times last month for the same disk alert, so I fixed the log rotation.',
  ])('%s', (s) => expect(shows(s, 'after-launch')).toBe(true));
});

describe('influence, own-decision, trade-off: reports, routine picks and results are no signal', () => {
  it.each([
    'I presented the results of the pricing test at the all-hands.',
    'The feature was adopted by 70% of drivers in a month.',
    'I wrote a design doc for the next version.',
    'I escalated the outage to the incident commander.',
  ])('not influence: %s', (s) => expect(shows(s, 'influence')).toBe(false));
  it.each([
    'I took the findings to the director to argue for a staged launch.',
    'I escalated the issue to my director.',
  ])('influence: %s', (s) => expect(shows(s, 'influence')).toBe(true));
  it.each([
    'Picked the ticket for the login bug from the backlog.',
    'Selected 400 calls for the human rating set.',
    'Cut the release branch on Thursday.',
  ])('not own-decision: %s', (s) => expect(shows(s, 'own-decision')).toBe(false));
  it.each(['The new parser was 4x faster than the old one.', 'Recall was 6% better than before.'])(
    'not trade-off: %s',
    (s) => expect(shows(s, 'trade-off')).toBe(false),
  );
  it('trade-off: a comparison of options still counts', () =>
    expect(shows('Batch scoring was cheaper than streaming, so we kept it.', 'trade-off')).toBe(true));
});

describe('after-launch: operations words whose object is no shipped system', () => {
  it.each([
    'Triaged new admissions and monitored post-op patients overnight.',
    'Monitored student progress each term and moved pupils between groups.',
    'Monitored competitor prices every week.',
    'Reported a safety incident on the loading dock.',
    'Scope drift was the biggest risk on the refit.',
    'I answer the on-call phone line for the clinic after hours.',
    'A clinic wanted our triage model in their waiting rooms.',
  ])('not: %s', (s) => expect(shows(s, 'after-launch')).toBe(false));

  it.each([
    'Nurses flag wrong triage levels, and I review the flags every Monday.',
    'Added a regression test so the same bug cannot come back.',
    'I monitored the error rate of the new checkout every morning after launch.',
  ])('%s', (s) => expect(shows(s, 'after-launch')).toBe(true));
});

describe('implicit phrasing: a deadline as a date, a cost as a figure, influence as its outcome', () => {
  it.each([
    'New VAT rates take effect on 1 April.',
    'The export had to finish before the 7 am finance run.',
    'A school district wanted the app in classrooms before exam season.',
  ])('constraint: %s', (s) => expect(shows(s, 'constraint')).toBe(true));
  it.each([
    'We pruned it to 40 trees; it lost about half a point of recall.',
    'The greedy planner found loads within 2% of optimal in a minute.',
    'The lead was not convinced, so I built both and timed both.',
    'I picked weekly revenue because it was the one we could measure from the logs.',
  ])('trade-off: %s', (s) => expect(shows(s, 'trade-off')).toBe(true));
  it.each(['We ran both engines side by side for a week before switching.', 'I ran the load test before the release.'])(
    'neither trade-off nor constraint: %s',
    (s) => {
      expect(shows(s, 'trade-off')).toBe(false);
      expect(shows(s, 'constraint')).toBe(false);
    },
  );
  it.each([
    'Got the pricing leads to pause manual overrides while the test ran.',
    'It cost a point of precision, which the risk team was fine with.',
    'Showed both versions to the revenue review side by side.',
  ])('influence: %s', (s) => expect(shows(s, 'influence')).toBe(true));
  it('influence: a team merely happy with a result is no assent', () =>
    expect(shows('Completion went up and the team was happy with it.', 'influence')).toBe(false));
  it.each(['The brief was one line: make search better.', 'I noted the choice in the doc so it could be revisited.'])(
    'ambiguity: %s',
    (s) => expect(shows(s, 'ambiguity')).toBe(true),
  );
});

describe('incident stories: a business figure going down or a safety incident sets up no incident', () => {
  it.each(['Sales went down in Q3 and the team was worried.', 'Reported a safety incident on the dock.'])('%s', (t) =>
    expect(setupNamesFailure([{ section: 'situation', text: t, start: 0, end: t.length }])).toBe(false),
  );
  it('a service that went down does', () => {
    const t = 'The checkout service went down at 2 am.';
    expect(setupNamesFailure([{ section: 'situation', text: t, start: 0, end: t.length }])).toBe(true);
    // Session 23: an incident story also tells the failure being read or fixed after the setup.
    const fix = 'I rolled back the release.';
    expect(
      isIncidentStory([
        { section: 'situation', text: t, start: 0, end: t.length },
        { section: 'action', text: fix, start: 0, end: fix.length },
      ]),
    ).toBe(true);
  });
});

// Session 16: classes written from written-stories-9's tuning half and sentences written for this test.
describe('session 16 classes: implicit trade-offs, thin inputs, persuasion by outcome, plain limits', () => {
  it.each<[string, SignalId]>([
    ['The brand team wanted one big send, but our reputation was shaky, so I split it into three waves.', 'trade-off'],
    ['I could have used the full feature store, but half its features came later, so I left them out.', 'trade-off'],
    [
      'Replaced the nightly reindex with incremental updates; lost same-day deletes, which was acceptable.',
      'trade-off',
    ],
    ['We went with the cheaper vendor even though their SLA was weaker.', 'trade-off'],
    ['Chose to ship without the recommendations widget to hit the date.', 'trade-off'],
    ['The spec was thin, so I made a call on the edge cases.', 'ambiguity'],
    ['Load was a guess until Black Friday, so built the queue to shed low-priority jobs first.', 'ambiguity'],
    ['Nobody could agree on what counted as an active user.', 'ambiguity'],
    ['I got the PM to cut two features from the first release.', 'influence'],
    ['I showed them a week of queue times and they raised our job cap from 4 to 12.', 'influence'],
    ['Hire and train 25 staff in five weeks and open on the date.', 'constraint'],
    ['Go-live was the first Monday of April, no slack.', 'constraint'],
    ['Worked with the exams officer and the SEN coordinator on adjusted papers.', 'cross-functional'],
    ['On day two the complaints started climbing, so I held back the third wave.', 'after-launch'],
    ['Flaky tests got worse, so for a month after the switch I kept a list of every failure.', 'own-decision'],
    ['I volunteered to own the migration.', 'own-decision'],
    ['I turned down the vendor offer and committed us to a two-week pilot.', 'own-decision'],
  ])('%s → %s', (s, id) => expect(shows(s, id)).toBe(true));

  it.each<[string, SignalId]>([
    ['Nobody knew how big the files would get, so I sized the bucket for ten times the volume.', 'trade-off'],
    ['I capped the reward so fraud could not cost more than the programme budget.', 'trade-off'],
    ['After the launch, open rates held at 29% and we took 3,100 orders in the first week.', 'after-launch'],
    ['Churn among contacted customers was 9 points lower than in the holdout.', 'after-launch'],
    ['After the launch, the team celebrated with a dinner.', 'after-launch'],
    ['I was on call for the ward at weekends.', 'after-launch'],
    ['The regression in reading scores worried the head teacher.', 'after-launch'],
    ['Suppliers delivered late three weeks in a row.', 'after-launch'],
    ['As the marketing lead, I owned the launch plan.', 'cross-functional'],
    ['The previous marketing manager had left no notes.', 'cross-functional'],
    ['We added a check to CI so new SDKs could not slip back in.', 'constraint'],
  ])('not: %s → %s', (s, id) => expect(shows(s, id)).toBe(false));
});

describe('text as pasted and as typed: typographic apostrophes and hyphens, a lower-case "i"', () => {
  it.each([
    ['We couldn’t use customer data for training.', 'constraint'],
    ['We didn’t know how many users would opt in, so I sized for ten times the pilot.', 'ambiguity'],
    ['I wasn’t going to force a change on the team.', 'own-decision'],
    [
      'nobody could tell me what approval rate to expect, so i planned the launch for 10% of traffic first.',
      'own-decision',
    ],
    ['i chose postgres over mongo because we needed joins.', 'trade-off'],
    ['I was on‑call for the first week after launch.', 'after-launch'],
  ] as [string, SignalId][])('%s → %s', (s, id) => expect(shows(s, id)).toBe(true));

  it('reads a curly apostrophe as a straight one, offsets unchanged', () => {
    const straight = sentenceSignals("It wasn't clear who owned the data, so I asked the platform lead.");
    const curly = sentenceSignals('It wasn’t clear who owned the data, so I asked the platform lead.');
    expect([...curly.entries()]).toEqual([...straight.entries()]);
  });
});

describe('Markdown emphasis inside a sentence reads as the words alone', () => {
  it.each([
    ['I **pushed back** on the date and the PM agreed to move it.', 'influence'],
    ['We had **two weeks** to ship.', 'constraint'],
    ['The spec **kept changing**, so I built the parser to read any column order.', 'ambiguity'],
  ] as [string, SignalId][])('%s → %s', (s, id) => expect(shows(s, id)).toBe(true));
});

describe('session 18 precision: "over" as the particle of a move is no alternative', () => {
  it.each([
    'We moved the billing jobs over in two weeks without a gap in invoices.',
    'Migrated the last four clinics over by the end of March.',
    'Switched every till over during the quiet week after Christmas.',
  ])('not: %s', (s) => {
    expect(shows(s, 'trade-off')).toBe(false);
    expect(shows(s, 'own-decision')).toBe(false);
  });

  it.each([
    'I moved the team over to trunk-based releases over long-lived branches because merges ate a day a week.',
    'Chose a fixed holdout over a rolling window, since the window moved with the drift.',
    'We switched to the managed queue over our own cluster because nobody wanted the pager.',
  ])('%s', (s) => expect(shows(s, 'trade-off')).toBe(true));
});

describe('session 18 precision: the writer’s own team named by the writer’s place in it', () => {
  it.each([
    'I run the dispatch team at a regional courier, eleven drivers and two planners.',
    "I'm charge nurse in the day-surgery unit of a district hospital.",
    'I had just been hired as manager of the data team at a furniture retailer.',
    'Lead of the support team at a travel startup (six agents).',
    'Tech lead for search, with two MLEs and a data engineer.',
    'I head the marketing department of a language school, a team of four.',
  ])('not: %s', (s) => expect(shows(s, 'cross-functional')).toBe(false));

  it.each([
    'I met the head of the data team and agreed which tables we could drop.',
    'The lead of the security team signed off on the new retention rules.',
    'I run the dispatch team, and I sat down with the finance team to agree the fuel budget.',
  ])('%s', (s) => expect(shows(s, 'cross-functional')).toBe(true));
});

describe('session 18 recall: bounds on the work told with any verb', () => {
  it.each([
    'The kiosk had to respond in under two seconds on the old tablets.',
    'I was told to get the morning report out within 20 minutes of the close.',
    'The clinic could only book 12 scans a day.',
    'Our SFTP host only kept 14 days of files.',
    'migration of the ledger, six weeks to finish',
    'The new model was 900 MB and did not fit on the handheld scanners.',
  ])('%s', (s) => expect(shows(s, 'constraint')).toBe(true));

  it.each([
    'I rebuilt the report in under two weeks.',
    'We only had two incidents that quarter.',
    'I could only guess what the buyers wanted.',
    'It took three months to ship the first version.',
  ])('not: %s', (s) => expect(shows(s, 'constraint')).toBe(false));
});

describe('session 18 recall: persuasion shapes with open noun phrases', () => {
  it.each([
    'I showed the head of logistics and two shift supervisors that most delays came from one ramp.',
    '- Showed the claims operations leads why the old rule flagged good customers',
    'The trustees were against a paid newsletter until I ran a three-month trial.',
    'The warehouse manager and I agreed on one cut-off for same-day orders.',
    'Three other support teams started using the same macros.',
    'After two weeks procurement agreed to a second supplier.',
  ])('%s', (s) => expect(shows(s, 'influence')).toBe(true));

  it.each([
    'I showed the new nurses where the spare pumps are kept.',
    'My manager and I agreed on my goals for the quarter.',
    'I showed my manager that the backlog was cleared.',
    'The designers adopted the new icons.',
  ])('not: %s', (s) => expect(shows(s, 'influence')).toBe(false));
});

describe('session 18 precision: a limit noun naming a thing built is no limit', () => {
  it.each([
    'Set up SLO-based alerting for the twelve tier-1 services.',
    'Built SLA dashboards so the account managers could see late tickets.',
    'I added quota tracking to the admin page.',
  ])('not: %s', (s) => expect(shows(s, 'constraint')).toBe(false));

  it.each([
    'Every call had to stay inside the 300 ms SLO.',
    'We were two weeks from the deadline when the vendor pulled out.',
    'The SLA with the hospital gave us four hours to restore service.',
  ])('%s', (s) => expect(shows(s, 'constraint')).toBe(true));
});

describe('session 18 precision: a pilot watched before rolling it out is evaluation, not after-launch', () => {
  it.each([
    'I monitored the pilot in three stores for a month before rolling it out.',
    'Before switching it on for every ward, I tracked the alerts in the pilot unit daily.',
    'We watched the canary closely for a week before we turned it on for all tenants.',
  ])('not: %s', (s) => expect(shows(s, 'after-launch')).toBe(false));

  it.each([
    'We monitored the model for a month after rolling it out and retrained twice.',
    'I watched error rates for a week after we switched it on.',
  ])('%s', (s) => expect(shows(s, 'after-launch')).toBe(true));
});

describe('session 18 precision: a vendor only moved to is no partner', () => {
  it.each([
    'Led the migration of our logs from a self-hosted cluster to a managed vendor.',
    'We switched the school meals contract to a cheaper supplier in January.',
    'Moved card payments off the old provider before the fees went up.',
  ])('not: %s', (s) => expect(shows(s, 'cross-functional')).toBe(false));

  it.each([
    'We moved to a managed vendor, and I met their support lead every week during the switch.',
    'I negotiated with the vendor to extend the contract by three months.',
  ])('%s', (s) => expect(shows(s, 'cross-functional')).toBe(true));
});

describe("cross-functional: a role or team inside the writer's own role clause is no partner", () => {
  it.each([
    "I'm a customer support manager at a telecom.",
    "I'm an ML engineer at an insurer, on the claims team.",
    "As the school's business manager, I had to renew the catering contract.",
    'As product manager for a food delivery app, I owned the onboarding flow.',
  ])('not: %s', (s) => expect(shows(s, 'cross-functional')).toBe(false));

  it.each([
    "I'm the PM and I worked with the security team on it.",
    'As the finance team asked, I rebuilt the report.',
    'As the PM, I met the legal team every week.',
    'I was asked to build something the CRM team could act on each week.',
  ])('%s', (s) => expect(shows(s, 'cross-functional')).toBe(true));
});

describe('ambiguity: moving before something was known, told without an unknown word', () => {
  it.each([
    'We assumed most of the backlog was low risk and checked that by screening the first 50 notes.',
    'I assumed the old outcomes were reliable labels and later checked 100 of them with an investigator.',
    'The council had not yet confirmed the funding for next year, so I signed for one year with an option to extend.',
    'The bank did not confirm the new file format for three weeks, so I supported both formats.',
    'I planned lessons for all six practicals until the exam board replied.',
    'Nobody told me what "active" meant for prepaid customers, so I used 60 days without a top-up.',
  ])('%s', (s) => expect(shows(s, 'ambiguity')).toBe(true));

  it.each([
    'Everyone assumed we would go to streaming.',
    'I assumed the role of tech lead and then reviewed every pull request.',
    "I didn't approve the change, so we rolled it back.",
    'We did not agree to the new terms, so we left.',
    'I rewrote the price breakdown with the legal team until they signed off.',
  ])('not: %s', (s) => expect(shows(s, 'ambiguity')).toBe(false));
});

describe('trade-off: a cost accepted or an option argued for, in plain words (accepted-costs)', () => {
  it.each([
    'I gave up two of my Friday sessions to run the clinics, which meant referrals went out later.',
    'We kept the old library for older phones and used the new one elsewhere, which meant two code paths to maintain.',
    'We took the cheaper scheme and gave up the online tracking.',
    'Sales wanted a custom field per region; I argued for one shared field, because reports broke on every new one.',
    'I picked cron and not Airflow, even if it meant one more script to look after.',
  ])('%s', (s) => expect(shows(s, 'trade-off')).toBe(true));

  it.each([
    'We moved the jobs to Airflow, which meant we could retry each task.',
    'Users gave up on the form after two screens.',
    'I gave up after three tries and called support.',
    'The stores adopted it and dropped their spreadsheet.',
    'I wanted to move fast, but I argued for a review first.',
  ])('not: %s', (s) => expect(shows(s, 'trade-off')).toBe(false));
});

describe('ambiguity: guidance that said nothing, and open questions about what counts', () => {
  it.each([
    'The brief said "make the dashboards faster" with nothing on which dashboards or how fast.',
    'The trust asked every ward to run the training, with no guidance on how long it should take.',
    'There was no word on a deadline, so I planned for the end of term.',
    'I asked the exams officer which coursework pieces would be assessed, and taught all three.',
    'I checked with the store managers what mattered most on a busy Saturday.',
  ])('%s', (s) => expect(shows(s, 'ambiguity')).toBe(true));

  it.each([
    'I knew nothing about how Kafka works, so I read the docs.',
    'I asked the vendor when a fix would ship.',
    'I asked the DBA what caused the slow query.',
  ])('not: %s', (s) => expect(shows(s, 'ambiguity')).toBe(false));
});

describe('cross-functional: a vendor naming a thing, or owning one, is no partner', () => {
  it.each([
    'I used the vendor e-learning module only for the theory part.',
    'We could not touch the source system because it belonged to another vendor.',
  ])('not: %s', (s) => expect(shows(s, 'cross-functional')).toBe(false));

  it.each(['We met the vendor team every week.', 'The vendor refused to change the file format.'])('%s', (s) =>
    expect(shows(s, 'cross-functional')).toBe(true),
  );
});

describe('trade-off: any act of the writer and the option it was not, with its reason', () => {
  it.each([
    'We ran 20-minute huddles at shift change and not a half-day course, because nobody could be released.',
    'I built a spreadsheet and not a web app, since only two people would use it.',
  ])('%s', (s) => expect(shows(s, 'trade-off')).toBe(true));

  it.each(['We ran the job at night and not only on Mondays.'])('not: %s', (s) =>
    expect(shows(s, 'trade-off')).toBe(false),
  );
});

describe('trade-off: an option pushed back on with its cost, and the road after a bare "Instead"', () => {
  it.each([
    'I pushed back on the temps - training them takes two weeks and the peak lasts three.',
    'pushed back on real-time: the tills only sent data every hour',
    'Instead we borrowed four pickers from the outbound team.',
    'instead built an hourly refresh on the existing warehouse',
  ])('%s', (s) => expect(shows(s, 'trade-off')).toBe(true));

  it.each([
    "I pushed back on the deadline because the data wasn't ready.",
    'Instead, I sat with them for a week to see where the time went.',
    'Instead, the team decided to wait.',
  ])('not: %s', (s) => expect(shows(s, 'trade-off')).toBe(false));
});
