// The interview log through dispatch (schemas included) with a real bank on disk: mark a planned round
// done, correct and save it, then prepare the next round at the same company and see "told before".
import { afterEach, describe, expect, it } from 'vitest';
import type { StoryFields } from '#shared/domain/schemas';
import { importInterviewLogCsv } from '#shared/interchange/index';
import { closeApis, openApi } from '../api-harness';

afterEach(closeApis);

async function app() {
  const harness = await openApi({ prefix: 'storybank-interviews-' });
  const story = async (fields: Partial<StoryFields>) =>
    (await harness.call('createStory', { fields: { status: 'ready', ...fields } })).id;
  return { ...harness, story };
}

describe('interview log API', () => {
  it('drafts from the plan, saves, and warns the next round at the same company with numbers then and now', async () => {
    const { call, story, services } = await app();
    const latency = await story({
      title: 'Cut checkout latency',
      project: 'Checkout',
      result: 'I cut p99 latency by 40% and saved $2M a year.',
    });
    const other = await story({ title: 'Hiring loop', result: 'We hired 5 engineers.' });
    const loop = await call('createLoop', {
      company: 'Acme',
      role: 'Staff ML engineer',
      frameworkId: 'senior-ml-engineer',
      rounds: [
        { name: 'Hiring manager', focus: [], storyIds: [latency, other] },
        { name: 'Bar raiser', focus: [], storyIds: [latency] },
      ],
    });
    const [first, second] = loop.rounds;

    const draft = await call('draftInterview', { loopId: loop.id, roundId: first.id, today: '2026-03-02' });
    expect(draft).toMatchObject({
      company: 'Acme',
      roundName: 'Hiring manager',
      date: '2026-03-02',
      outcome: 'waiting',
    });
    expect(draft.stories.map((s) => s.storyId)).toEqual([latency, other]);
    expect(draft.stories[0].numbersSaid).toEqual(expect.arrayContaining(['40%', '$2M']));

    // The user corrects what really happened: only one story told, one question, an interviewer.
    const saved = await call('createInterview', {
      ...draft,
      interviewer: 'Dana (EM)',
      stories: [draft.stories[0]],
      questions: [{ text: 'Tell me about a time you cut latency.', rating: 2 }],
      rating: 3,
    });
    expect((await call('getBank', {})).interviews.map((e) => e.id)).toEqual([saved.id]);

    // The story changes after the round.
    await call('updateStory', {
      id: latency,
      fields: { result: 'I cut p99 latency by 60% and saved $2M a year.' },
    });
    const { warnings } = await call('toldBefore', { loopId: loop.id, roundId: second.id });
    expect(warnings).toHaveLength(1);
    const [telling] = warnings[0].tellings;
    expect(telling).toMatchObject({ date: '2026-03-02', roundName: 'Hiring manager', interviewer: 'Dana (EM)' });
    expect(telling.numbersChanged).toBe(true);
    expect(telling.numbers[0]).toMatchObject({ then: ['40%'], now: ['60%'], change: 'changed' });
    // The round that was logged does not warn about itself.
    expect((await call('toldBefore', { loopId: loop.id, roundId: first.id })).warnings).toEqual([]);

    // The entry is on disk, in the bank file.
    expect(services.banks.current.bank.interviews[0].stories[0].claimsSaid?.length).toBeGreaterThan(0);
  });

  it('updates with conflict detection, clears optional fields, deletes, and refuses unknown stories', async () => {
    const { call, story } = await app();
    const id = await story({ title: 'A' });
    const entry = await call('createInterview', {
      company: 'Globex',
      role: 'Senior engineer',
      roundName: 'Phone screen',
      date: '2026-01-10',
      interviewer: 'Sam',
      questions: [],
      stories: [{ storyId: id, numbersSaid: [] }],
      rating: 4,
      outcome: 'waiting',
      notes: '',
    });
    const updated = await call('updateInterview', {
      id: entry.id,
      fields: { outcome: 'passed', interviewer: null, rating: null },
      expectedUpdatedAt: entry.updatedAt,
    });
    expect(updated.outcome).toBe('passed');
    expect(updated).not.toHaveProperty('interviewer');
    expect(updated).not.toHaveProperty('rating');
    await expect(
      call('updateInterview', { id: entry.id, fields: { notes: 'x' }, expectedUpdatedAt: entry.updatedAt }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      call('updateInterview', { id: entry.id, fields: { stories: [{ storyId: 'story_gone', numbersSaid: [] }] } }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(
      call('createInterview', { ...entry, id: undefined, createdAt: undefined, updatedAt: undefined } as never),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    expect(await call('deleteInterview', { id: entry.id })).toEqual({ deleted: true });
    await expect(call('deleteInterview', { id: entry.id })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('keeps a job description on the loop and clears it', async () => {
    const { call } = await app();
    const loop = await call('createLoop', {
      company: 'Initech',
      role: 'ML engineer',
      frameworkId: 'senior-ml-engineer',
      jobDescription: 'Own the models end to end.',
    });
    expect(loop.jobDescription).toBe('Own the models end to end.');
    const cleared = await call('updateLoop', { id: loop.id, fields: { jobDescription: null } });
    expect(cleared).not.toHaveProperty('jobDescription');
  });

  it('the JSON backup carries the log, and replacing the bank from it restores every entry', async () => {
    const { call, story } = await app();
    const id = await story({ title: 'A', project: 'P', result: 'Cut costs by 30%.' });
    const loop = await call('createLoop', {
      company: 'Umbrella',
      role: 'Staff',
      frameworkId: 'senior-ml-engineer',
      rounds: [{ name: 'Onsite', focus: [], storyIds: [id] }],
    });
    const draft = await call('draftInterview', { loopId: loop.id, roundId: loop.rounds[0].id, today: '2026-02-01' });
    await call('createInterview', { ...draft, questions: [{ text: 'Why?', questionId: 'q.why', rating: 1 }] });
    const before = (await call('getBank', {})).interviews;
    const { file } = await call('exportJsonBackup', {});
    expect(file.delivery).toBe('download');
    if (file.delivery !== 'download') return;
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(JSON.parse(text).interviews).toEqual(before);

    const csv = (await call('exportInterviewLog', { format: 'csv' })).file;
    if (csv.delivery !== 'download') throw new Error('expected a download');
    expect(importInterviewLogCsv(Buffer.from(csv.base64, 'base64').toString('utf8')).entries).toEqual(before);
    const md = (await call('exportInterviewLog', { format: 'markdown' })).file;
    if (md.delivery !== 'download') throw new Error('expected a download');
    expect(Buffer.from(md.base64, 'base64').toString('utf8')).toContain('## Umbrella');

    const fresh = await openApi({ prefix: 'storybank-interviews-restore-' });
    await fresh.call('commitImport', { format: 'json', text, mode: 'replace' });
    expect((await fresh.call('getBank', {})).interviews).toEqual(before);
  });
});
