// storySignals: the seven signals with evidence and, when one is missing, a prompt that quotes the story.
import { describe, it, expect } from 'vitest';
import { storySignals, SIGNAL_IDS, type SignalId, type StoryText } from '#shared/analysis/index';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';

const EMPTY: StoryText = { situation: '', task: '', action: '', result: '', reflection: '' };
const story = (fields: Partial<StoryText>): StoryText => ({ ...EMPTY, ...fields });
const shows = (sentence: string): SignalId[] => [...sentenceSignals(sentence).keys()].sort();

describe('sentence signals', () => {
  it.each<[string, SignalId[]]>([
    ['I chose gradient boosting over a neural net because it trained in minutes.', ['own-decision', 'trade-off']],
    ['We accepted the trade-off: lower recall in exchange for 40 ms less latency.', ['trade-off']],
    ['The launch had a hard deadline before the holiday code freeze.', ['constraint']],
    ['The photos were private, so the model had to run on the phone.', ['constraint']],
    ['I worked with the data engineering team and the legal team on retention.', ['cross-functional']],
    ['I convinced the product manager to delay the launch by a week.', ['cross-functional', 'influence']],
    ['After launch I set up drift alerts and a weekly retraining job.', ['after-launch']],
    // A reason, then the writer's own way of doing the work, is also their call (RUBRIC).
    ['The requirements were unclear, so I shipped the two cases we understood first.', ['ambiguity', 'own-decision']],
    ['I decided to cut the ranking feature from the first release.', ['own-decision']],
    ['The Hadoop team refused to migrate.', ['cross-functional']],
  ])('%s', (sentence, expected) => {
    expect(shows(sentence)).toEqual(expected);
  });

  it.each([
    'I built the feature pipeline in Spark and wrote tests for each job.',
    'We trained a logistic regression model on two years of data.',
    'I approached the conversation with curiosity rather than confrontation.',
    'I picked it up from a teammate who moved on.',
    'The team was happy with the result.',
    'Our voice assistant answers time-critical questions for drivers.',
    'The whole team refused to migrate.',
  ])('shows nothing: %s', (sentence) => {
    expect(shows(sentence)).toEqual([]);
  });

  it('gives the same answer from the cache as fresh', () => {
    const s = 'I pushed back and proposed a canary rollout instead of a big-bang release.';
    const first = shows(s);
    expect(shows(s)).toEqual(first);
    expect(first).toEqual(['after-launch', 'influence', 'own-decision', 'trade-off']);
  });
});

describe('storySignals', () => {
  const rich = story({
    situation: 'Checkout scoring had a latency budget of 50 ms.',
    task: 'I owned the fraud model.',
    action:
      'I chose a smaller model over caching scores, because cached scores went stale. I walked the payments team through the numbers and they agreed.',
    result: 'We launched on time. After launch I added drift alerts.',
  });

  it('returns every signal id once, in order, with the shape of the issue', () => {
    const { signals } = storySignals(rich);
    expect(signals.map((s) => s.id)).toEqual([...SIGNAL_IDS]);
    for (const s of signals) {
      expect(Object.keys(s).sort()).toEqual(['evidence', 'id', 'present', 'prompt', 'status']);
      expect(s.present).toBe(s.evidence.length > 0);
      expect(s.present).toBe(s.status === 'present');
      expect(s.prompt === '').toBe(s.status !== 'missing');
    }
  });

  it('points evidence at the sentence that shows the signal', () => {
    const { signals } = storySignals(rich);
    const byId = Object.fromEntries(signals.map((s) => [s.id, s]));
    const text = (e: { section: keyof StoryText; start: number; end: number }) =>
      (rich[e.section] as string).slice(e.start, e.end);
    expect(byId['trade-off'].evidence.map(text)).toEqual([
      'I chose a smaller model over caching scores, because cached scores went stale.',
    ]);
    expect(byId['cross-functional'].evidence.map((e) => e.section)).toEqual(['action']);
    expect(byId['after-launch'].evidence.map(text)).toEqual(['After launch I added drift alerts.']);
    expect(byId.constraint.evidence.map(text)).toEqual([
      'Checkout scoring had a latency budget of 50 ms.',
      'We launched on time.',
    ]);
  });

  it('asks for a missing signal by quoting the story', () => {
    const s = story({
      situation: 'Our team owned the search ranking service.',
      action: 'We rewrote the ranking service in Go. I added unit tests for the scoring code.',
      result: 'Search got faster for every user.',
    });
    const { signals } = storySignals(s);
    const missing = signals.filter((x) => !x.present);
    expect(missing.map((x) => x.id)).toEqual([...SIGNAL_IDS]);
    const prompt = (id: SignalId) => missing.find((x) => x.id === id)!.prompt;
    expect(prompt('own-decision')).toContain('“We rewrote the ranking service in Go”');
    expect(prompt('after-launch')).toContain('“Search got faster for every user”');
    expect(prompt('ambiguity')).toContain('“Our team owned the search ranking service”');
    for (const m of missing) expect(m.prompt).toMatch(/“[^”]+”/);
  });

  it('asks only when nothing in the story could carry the signal; a likely phrasing makes it unsure', () => {
    // "kept a close eye on the numbers" is ownership after launch in words the detector does not know;
    // "dashboards" is the hint that stops a prompt telling the writer to add what is already there.
    const base = {
      situation: 'Our team owned the search ranking service.',
      action: 'We rewrote the ranking service in Go.',
    };
    const bare = storySignals(story({ ...base, result: 'Search got faster for every user.' }));
    const hinted = storySignals(
      story({ ...base, result: 'Search got faster, and for a month I kept a close eye on the dashboards.' }),
    );
    const status = (r: ReturnType<typeof storySignals>, id: SignalId) => r.signals.find((x) => x.id === id)!;
    expect(status(bare, 'after-launch').status).toBe('missing');
    expect(status(bare, 'after-launch').prompt).toMatch(/“[^”]+”/);
    expect(status(hinted, 'after-launch')).toMatchObject({ status: 'unsure', present: false, prompt: '' });
  });

  it.each([
    [
      'constraint',
      'New VAT rates take effect on 1 April, so the invoice service had to apply them from the first invoice.',
    ],
    ['constraint', 'Nobody on the team could run a Spark cluster, so I rewrote the joins in SQL.'],
    ['influence', 'I got the store leads to stop changing prices while the test ran.'],
    ['influence', 'It lost a point of recall, which they were fine with.'],
    ['after-launch', 'Our app rating dropped after a redesign, so I read every one-star review.'],
    ['after-launch', 'The provider started rejecting messages with emoji, and we resent them that night.'],
    ['trade-off', 'I built labels for both definitions and trained on the one we could compute nightly.'],
    ['own-decision', 'Designed the detector as a rolling z-score, since we had only four months of data.'],
  ] as const)('no %s prompt where the story says it in words the detector misses: %s', (id, sentence) => {
    const r = storySignals(story({ situation: 'Our team owned the billing service.', action: sentence }));
    expect(r.signals.find((x) => x.id === id)!.prompt).toBe('');
  });

  it('names the title when the story has no text yet, and never throws on empty input', () => {
    const { signals } = storySignals({ ...EMPTY, title: 'Fraud latency' });
    expect(signals.every((s) => !s.present && s.prompt.includes('“Fraud latency”'))).toBe(true);
    expect(storySignals(EMPTY).signals.every((s) => s.prompt.includes('this story'))).toBe(true);
  });
});

describe('incident stories: describing, diagnosing and fixing a live failure is after-launch', () => {
  const afterLaunch = (s: StoryText) =>
    storySignals(s)
      .signals.find((x) => x.id === 'after-launch')!
      .evidence.map((e) => s[e.section].slice(e.start, e.end));

  it('counts the diagnosis and fix sentences when the setup names an outage', () => {
    const s = story({
      situation: 'The invoice service went down during the month-end run.',
      action:
        'I read the service logs and saw every request failing on a certificate check. I renewed the certificate and restarted the pods. I wrote a summary for the team.',
      result: 'Invoices flowed again within 25 minutes.',
      reflection: 'Expiry dates belong in a calendar, not in memory.',
    });
    expect(afterLaunch(s)).toEqual([
      'The invoice service went down during the month-end run.',
      'I read the service logs and saw every request failing on a certificate check.',
      'I renewed the certificate and restarted the pods.',
    ]);
  });

  it('reads the first sentences as the setup when the story has no Situation or Task', () => {
    const s = story({
      action: 'Our checkout crashed for iPad users after Tuesday’s release. I traced it to a font loader.',
    });
    expect(afterLaunch(s)).toHaveLength(2);
  });

  it('reads a job that started failing, or the writer on call, as a live failure', () => {
    const s = story({
      situation: 'The nightly export started failing every few days.',
      task: 'I was on call that week.',
      action: 'I read the job logs and found it ran out of memory on the largest tenant.',
    });
    expect(afterLaunch(s)).toHaveLength(3);
  });

  it('counts from the sentence that tells a failure happening in the middle of a story', () => {
    const s = story({
      action:
        'We ran a job that copied orders into the ledger every hour. I tuned its batch size. One night the ledger showed zero orders for three hours. I read the job logs and found the loader had been failing since 2 a.m. on a renamed column. I patched the mapping and re-ran the missing hours.',
      result: 'The ledger was complete again by morning.',
    });
    expect(afterLaunch(s)).toEqual([
      'One night the ledger showed zero orders for three hours.',
      'I read the job logs and found the loader had been failing since 2 a.m. on a renamed column.',
      'I patched the mapping and re-ran the missing hours.',
      'The ledger was complete again by morning.',
    ]);
  });

  it('does not read a result that went down as a failure happening', () => {
    const s = story({
      action:
        'I replaced the rules with a model. Chargebacks went down 30% in a quarter. I fixed two bugs in the export.',
    });
    expect(afterLaunch(s)).toEqual([]);
  });

  it('leaves the same sentences alone in a story that is not about a live failure', () => {
    const s = story({
      situation: 'The report builder was slow to start.',
      action: 'I read the startup logs and traced the delay to a config scan. I fixed the scan.',
    });
    expect(afterLaunch(s)).toEqual([]);
  });
});

describe('stories whose alerts are the product: an alert word alone is no after-launch work', () => {
  const afterLaunch = (s: StoryText) =>
    storySignals(s)
      .signals.find((x) => x.id === 'after-launch')!
      .evidence.map((e) => e.start);

  it('drops alert-only sentences when the alert fires on the people it screens or is overridden by those it serves', () => {
    const text = story({
      situation: 'The stock-out alert in our store app fired for almost every shopper who opened the deals page.',
      action:
        'I went through two hundred alerts with the buying team. I raised the threshold so the alert needs three missed deliveries.',
      result: 'Alerts per store fell from 60 a day to 4.',
    });
    expect(afterLaunch(text)).toEqual([]);
  });

  it('keeps a sentence that runs the live system in words besides the alert', () => {
    const text = story({
      situation: 'Pharmacists overrode nine in ten of the dosing alerts in our prescribing tool.',
      action: 'After launch I watched the override rate every week and rolled the new rule back on one ward.',
    });
    expect(afterLaunch(text)).toHaveLength(1);
  });

  it('leaves alerts on a live service alone in an operations story', () => {
    const text = story({
      action: 'I set up burn-rate alerts for the checkout service and cut pages from 40 a week to 6.',
    });
    expect(afterLaunch(text)).toHaveLength(1);
  });
});

describe('influence across two sentences: the other side changes course right after the writer’s case', () => {
  const influenceIn = (action: string) =>
    storySignals(story({ action }))
      .signals.find((s) => s.id === 'influence')!
      .evidence.map((e) => action.slice(e.start, e.end));

  it('counts the next sentence when it opens with the other side changing course', () => {
    const action =
      'I pulled six months of tickets and convinced the ops director that nights were the problem. She moved two agents to the night shift.';
    expect(influenceIn(action)).toEqual([
      'I pulled six months of tickets and convinced the ops director that nights were the problem.',
      'She moved two agents to the night shift.',
    ]);
  });

  it('leaves the same sentence alone when no case was made before it', () => {
    const action = 'I rebuilt the rota in a spreadsheet. She moved two agents to the night shift.';
    expect(influenceIn(action)).toEqual([]);
  });
});
