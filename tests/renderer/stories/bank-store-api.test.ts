// @vitest-environment node
// The renderer's bank store against the real main (dispatch, handlers, the store on disk in a temp
// folder): after each mutation, what the store shows from the server's answer must equal what a
// fresh read of the bank says, so no view ever needs to reload.
import { afterEach, describe, expect, it } from 'vitest';
import { contract, type StorybankApi } from '#shared/api/contract';
import { DEFAULT_FRAMEWORK_ID } from '#shared/domain/defaults';
import type { Bank } from '#shared/domain/schemas';
import { BankStore, type BankSnapshot } from '../../../renderer/src/data/bank-store';
import { closeApis, openApi, type ApiHarness } from '../../main/api-harness';

afterEach(closeApis);

function apiOf(harness: ApiHarness): StorybankApi {
  return Object.fromEntries(
    Object.keys(contract).map((name) => [name, (request: never) => harness.call(name as never, request)]),
  ) as unknown as StorybankApi;
}

async function setup() {
  const harness = await openApi({ prefix: 'storybank-store-' });
  const store = new BankStore(apiOf(harness), { delayMs: 60_000 });
  await store.load();
  return { harness, store };
}

const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

/** The parts of the snapshot a fresh getBank also gives, in a comparable order. */
function shown(snapshot: BankSnapshot) {
  return {
    stories: byId(snapshot.stories),
    trash: byId(snapshot.trash),
    stages: snapshot.stages,
    frameworks: snapshot.frameworks,
    settings: snapshot.settings,
    profile: snapshot.profile,
    loops: byId(snapshot.loops),
    questions: snapshot.questions,
    interviews: snapshot.interviews,
    projects: snapshot.projects,
  };
}

function fresh(bank: Bank) {
  return {
    stories: byId(bank.stories.filter((s) => !s.deletedAt)),
    trash: byId(bank.stories.filter((s) => s.deletedAt)),
    stages: bank.stages,
    frameworks: bank.frameworks,
    settings: bank.settings,
    profile: bank.profile,
    loops: byId(bank.loops),
    questions: bank.questions,
    interviews: bank.interviews,
    projects: bank.projects,
  };
}

async function expectInStep(harness: ApiHarness, store: BankStore) {
  expect(shown(store.getSnapshot())).toEqual(fresh(await harness.call('getBank', {})));
}

describe('BankStore against the real API', () => {
  it('applies every answer, cascades included, and stays equal to the bank on disk', async () => {
    const { harness, store } = await setup();
    expect(store.getSnapshot().status).toBe('ready');

    const stage = await store.createStage('Take-home');
    const story = await store.createStory({ title: 'Cut p99 latency', stages: [stage.id], status: 'ready' });
    const other = await store.createStory({ title: 'Mentored two engineers' });
    await store.renameStage(stage.id, 'Take-home review');
    await store.reorderStages([
      stage.id,
      ...store
        .getSnapshot()
        .stages.map((s) => s.id)
        .filter((id) => id !== stage.id),
    ]);
    await expectInStep(harness, store);

    const framework = await store.createFramework({
      name: 'Staff rubric',
      competencies: [{ name: 'Influence', description: '' }],
    });
    await store.updateFramework({ id: framework.id, name: 'Staff rubric (2026)' });
    await store.setActiveFramework(framework.id);
    const copy = await store.copyFramework({ frameworkId: DEFAULT_FRAMEWORK_ID, activate: true });
    expect(store.getSnapshot().settings?.activeFrameworkId).toBe(copy.id);
    await expectInStep(harness, store);

    const loop = await store.createLoop({
      company: 'Acme',
      role: 'Staff MLE',
      frameworkId: framework.id,
      rounds: [{ name: 'Onsite', stageId: stage.id, focus: [], storyIds: [] }],
    });
    // Saving a plan records "last used" on the story: the answer carries it.
    await store.applyLoopPlan({ loopId: loop.id, rounds: [{ roundId: loop.rounds[0].id, storyIds: [story.id] }] });
    expect(store.getSnapshot().byId.get(story.id)?.lastUsed?.loopId).toBe(loop.id);
    await store.updateLoop({ id: loop.id, fields: { company: 'Acme Corp' } });
    await expectInStep(harness, store);

    // The interview log: a round marked done, corrected, then deleted.
    const entry = await store.createInterview({
      company: 'Acme Corp',
      role: 'Staff MLE',
      loopId: loop.id,
      roundId: loop.rounds[0].id,
      roundName: 'Onsite',
      date: '2026-03-02',
      questions: [{ text: 'Tell me about a hard trade-off.', rating: 2 }],
      stories: [{ storyId: story.id, numbersSaid: [] }],
      outcome: 'waiting',
      notes: '',
    });
    await expectInStep(harness, store);
    const corrected = await store.updateInterview({
      id: entry.id,
      fields: { outcome: 'passed', interviewer: 'Sam' },
      expectedUpdatedAt: entry.updatedAt,
    });
    expect(store.getSnapshot().interviews.map((e) => [e.outcome, e.interviewer])).toEqual([['passed', 'Sam']]);
    await expectInStep(harness, store);
    // A second window's older copy is refused, and what is shown stays the server's.
    await expect(
      store.updateInterview({ id: entry.id, fields: { notes: 'stale' }, expectedUpdatedAt: entry.updatedAt }),
    ).rejects.toThrow(/changed elsewhere/);
    expect(store.getSnapshot().interviews[0]).toEqual(corrected);
    await store.deleteInterview(entry.id);
    expect(store.getSnapshot().interviews).toEqual([]);
    await expectInStep(harness, store);

    // Deleting the stage untags the story and clears the round's stage.
    await store.deleteStage(stage.id);
    expect(store.getSnapshot().byId.get(story.id)?.stages).toEqual([]);
    expect(store.getSnapshot().loops[0].rounds[0].stageId).toBeUndefined();
    await expectInStep(harness, store);

    // Deleting the loop clears "last used"; deleting the active framework moves the active one.
    await store.deleteLoop(loop.id);
    expect(store.getSnapshot().byId.get(story.id)?.lastUsed).toBeUndefined();
    await store.deleteFramework(copy.id);
    await expectInStep(harness, store);

    await store.addRehearsal({ storyId: story.id, seconds: 95, rating: 4 });
    expect(store.getSnapshot().byId.get(story.id)?.rehearsals).toHaveLength(1);
    const question = await store.addQuestion({ text: 'Tell me about a time you cut cost.', competencies: [] });
    await store.updateProfile({ name: 'Dana' });
    await store.updateSettings({ paperSize: 'letter' });
    await expectInStep(harness, store);

    await store.deleteQuestion(question.id);
    await store.deleteStory(other.id);
    expect(store.getSnapshot().trash.map((s) => s.id)).toEqual([other.id]);
    await expectInStep(harness, store);
    await store.purgeStories([]);
    expect(store.getSnapshot().trash).toEqual([]);
    await expectInStep(harness, store);
  });

  it('applies project writes: a rename moves its stories, the deep-dive mark moves, delete unlinks', async () => {
    const { harness, store } = await setup();
    const story = await store.createStory({ title: 'Ranking', project: 'search ranking' });
    await store.createProject('Search ranking');
    await store.createProject('Checkout');
    await expectInStep(harness, store);
    // A pending edit to the story is saved before the rename, and kept.
    store.updateStory(story.id, { result: 'Conversion rose.' });
    await store.updateProject({ name: 'Search ranking', changes: { name: 'Ranking v2', deepDive: true } });
    expect(store.getSnapshot().byId.get(story.id)).toMatchObject({ project: 'Ranking v2', result: 'Conversion rose.' });
    await expectInStep(harness, store);
    await store.updateProject({ name: 'Checkout', changes: { deepDive: true, layerNotes: { data: 'Logs.' } } });
    expect(store.getSnapshot().projects.map((p) => [p.name, p.deepDive])).toEqual([
      ['Ranking v2', false],
      ['Checkout', true],
    ]);
    await expectInStep(harness, store);
    await store.deleteProject('ranking v2', true);
    expect(store.getSnapshot().byId.get(story.id)?.project).toBe('');
    await expectInStep(harness, store);
  });

  it('adds imported stories from the answer, and keeps typed text that is not saved yet', async () => {
    const { harness, store } = await setup();
    const mine = await store.createStory({ title: 'Draft' });
    store.updateStory(mine.id, { result: 'typed, not saved yet' });
    const csv = 'title,result\nImported one,Cut cost 30%\nImported two,Shipped in 3 weeks\n';
    const done = await store.commitImport({ format: 'csv', text: csv });
    expect(done.imported).toBe(2);
    expect(
      store
        .getSnapshot()
        .stories.map((s) => s.title)
        .sort(),
    ).toEqual(['Draft', 'Imported one', 'Imported two']);
    // commitImport saved the pending edit first, so the bank has it too.
    expect(store.getSnapshot().byId.get(mine.id)?.result).toBe('typed, not saved yet');
    await expectInStep(harness, store);
  });
});
