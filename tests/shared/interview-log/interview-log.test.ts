import { describe, expect, it } from 'vitest';
import { emptyBank, newStory } from '#shared/domain/defaults';
import { Bank, type InterviewEntry, type Story } from '#shared/domain/schemas';
import {
  askedQuestionsForPractice,
  byTelling,
  companyTimelines,
  compareNumbers,
  draftEntryFromRound,
  lastToldDates,
  saidNumberConflicts,
  snapshotNumbers,
  storyTellings,
  toldBefore,
} from '#shared/interview-log/index';

const story = (id: string, fields: Partial<Story>): Story => ({ ...newStory(fields), id });
let n = 0;
function entry(fields: Partial<InterviewEntry>): InterviewEntry {
  n++;
  return {
    id: `interview_t${n}`,
    company: 'Acme',
    role: 'Staff',
    roundName: `Round ${n}`,
    date: '2026-01-01',
    questions: [],
    stories: [],
    outcome: 'waiting',
    notes: '',
    createdAt: `2026-01-01T00:00:0${n % 10}.000Z`,
    updatedAt: `2026-01-01T00:00:0${n % 10}.000Z`,
    ...fields,
  };
}

const latency = story('story_lat', {
  title: 'Latency',
  project: 'Checkout',
  result: 'I cut p99 latency by 40% and saved $2M a year.',
});

describe('numbers then and now', () => {
  it('flags a changed number, a dropped one and a new one, changed first', () => {
    const then = snapshotNumbers(latency).claimsSaid;
    const now = story('story_lat', {
      project: 'Checkout',
      result: 'I cut p99 latency by 60%. Error rate fell by 10%.',
    });
    const rows = compareNumbers(then, snapshotNumbers(now).claimsSaid as never);
    expect(rows[0]).toMatchObject({ change: 'changed', then: ['40%'], now: ['60%'] });
    expect(rows.find((r) => r.change === 'dropped')?.then).toEqual(['$2M']);
    expect(rows.some((r) => r.change === 'new')).toBe(true);
    expect(compareNumbers(then, then).every((r) => r.change === 'same')).toBe(true);
  });
});

describe('snapshotNumbers', () => {
  it('keeps every number the story gives, not only those next to a measure word, each once in order', () => {
    const assistant = story('story_llm', {
      title: 'Monitoring an LLM support assistant after launch',
      situation: 'Our LLM support assistant answered about 12k customer questions a week.',
      action: 'I built an evaluation set of 600 questions from real tickets and ran it before each release.',
      result:
        'Answer accuracy rose from 71% to 93%. Escalations from the assistant fell by 8% the following quarter, ' +
        'and the 600-question set is still run in 2026.',
    });
    const { numbersSaid, claimsSaid } = snapshotNumbers(assistant);
    expect(numbersSaid).toEqual(['12k', '600', '71%', '93%', '8%']);
    // Comparing tellings still reads only numbers tied to a measure.
    expect(claimsSaid.map((c) => c.text)).toEqual(['71%', '93%']);
  });
});

describe('toldBefore', () => {
  it('warns about a story told at the same company (any spelling), newest telling first, not at another company', () => {
    const said = { storyId: latency.id, ...snapshotNumbers(latency) };
    const bank = {
      stories: [latency],
      interviews: [
        entry({ company: 'ACME ', date: '2026-01-05', interviewer: 'Kim', stories: [said] }),
        entry({ company: 'Acme', date: '2026-02-01', stories: [said], roundId: 'round_now' }),
        entry({ company: 'Globex', date: '2026-03-01', stories: [said] }),
      ],
    };
    const warnings = toldBefore(bank, 'acme', [latency.id, 'story_never']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].tellings.map((t) => t.date)).toEqual(['2026-02-01', '2026-01-05']);
    expect(warnings[0].tellings[1]).toMatchObject({ interviewer: 'Kim', numbersChanged: false });
    expect(toldBefore(bank, 'Acme', [latency.id], { roundId: 'round_now' })[0].tellings).toHaveLength(1);
  });
});

describe('draftEntryFromRound', () => {
  it('fills the entry from the plan, dates it the loop day if past, else today; refuses a missing round', () => {
    const bank = emptyBank();
    bank.stories = [latency];
    bank.loops = [
      {
        id: 'loop_a',
        company: 'Acme',
        role: 'Staff',
        date: '2026-05-01',
        frameworkId: 'senior-ml-engineer',
        rounds: [{ id: 'round_a', name: 'Onsite', stageId: 'behavioral', focus: [], storyIds: [latency.id] }],
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    ];
    const draft = draftEntryFromRound(bank, 'loop_a', 'round_a', '2026-04-01');
    expect(draft).toMatchObject({ company: 'Acme', roundName: 'Onsite', stageId: 'behavioral', date: '2026-04-01' });
    expect(draftEntryFromRound(bank, 'loop_a', 'round_a', '2026-06-01').date).toBe('2026-05-01');
    expect(draft.stories[0].numbersSaid).toEqual(['40%', '$2M']);
    const saved = {
      ...draft,
      id: 'interview_x',
      createdAt: bank.loops[0].createdAt,
      updatedAt: bank.loops[0].updatedAt,
    };
    expect(Bank.safeParse({ ...bank, interviews: [saved] }).success).toBe(true);
    expect(() => draftEntryFromRound(bank, 'loop_a', 'round_zz', '2026-04-01')).toThrow(/no such round/);
  });
});

describe('the log elsewhere', () => {
  const entries = [
    entry({
      date: '2026-01-05',
      stories: [{ storyId: 'story_a', numbersSaid: [] }],
      questions: [{ text: 'Conflict?', rating: 4 }],
    }),
    entry({
      company: 'Globex',
      date: '2026-02-05',
      outcome: 'passed',
      stories: [{ storyId: 'story_a', numbersSaid: [] }],
      questions: [{ text: 'Tell me about a failure.', rating: 1 }, { text: 'conflict? ' }],
    }),
  ];

  it('gives each story its "told at" history and last told date', () => {
    expect(storyTellings(entries, 'story_a').map((t) => t.company)).toEqual(['Globex', 'Acme']);
    expect(lastToldDates(entries)).toEqual(new Map([['story_a', '2026-02-05']]));
    expect(storyTellings(entries, 'story_b')).toEqual([]);
  });

  it('sorts the story list by last told and filters the never-told ones', () => {
    const list = [{ id: 'story_b' }, { id: 'story_a' }, { id: 'story_c' }];
    const more = [...entries, entry({ date: '2026-01-20', stories: [{ storyId: 'story_c', numbersSaid: [] }] })];
    expect(byTelling(list, more, 'last-told').map((s) => s.id)).toEqual(['story_a', 'story_c', 'story_b']);
    expect(byTelling(list, more, 'never-told').map((s) => s.id)).toEqual(['story_b']);
  });

  it('ranks asked questions for practice: low ratings first, one per question', () => {
    const asked = askedQuestionsForPractice(entries);
    expect(asked.map((q) => q.text)).toEqual(['Tell me about a failure.', 'Conflict?']);
    expect(asked[1]).toMatchObject({ times: 2, rating: 4, company: 'Globex' });
  });

  it('builds one timeline per company with its state and the planned rounds not yet logged', () => {
    const loops = [
      {
        id: 'loop_g',
        company: 'globex',
        role: 'Staff',
        frameworkId: 'senior-ml-engineer',
        rounds: [{ id: 'round_g2', name: 'Final', focus: [], storyIds: [] }],
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    ];
    const timelines = companyTimelines({ loops, interviews: entries });
    expect(timelines.map((t) => [t.company, t.state])).toEqual([
      ['globex', 'passed'],
      ['Acme', 'waiting'],
    ]);
    expect(timelines[0].upcoming).toEqual([{ loopId: 'loop_g', roundId: 'round_g2', roundName: 'Final' }]);
  });

  it('runs the number-conflict check over what was said', () => {
    const said = { storyId: latency.id, ...snapshotNumbers(latency) };
    const now = { ...latency, result: 'I cut p99 latency by 60%.' };
    const conflicts = saidNumberConflicts({ stories: [now], interviews: [entry({ stories: [said] })] });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].stories.map((s) => s.values)).toEqual([['60%'], ['40%']]);
    expect(conflicts[0].stories[1].entryId).toBeDefined();
    expect(saidNumberConflicts({ stories: [latency], interviews: [entry({ stories: [said] })] })).toEqual([]);
  });
});
