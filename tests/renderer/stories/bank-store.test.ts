import { describe, expect, it } from 'vitest';
import { BankStore } from '../../../renderer/src/data/bank-store';
import { FakeStoryApi } from './fake-story-api';

async function setup() {
  const gateway = new FakeStoryApi();
  const a = gateway.seed({ title: 'Latency', result: 'Made it faster.' });
  const b = gateway.seed({ title: 'Mentoring' });
  const store = new BankStore(gateway.asApi(), { delayMs: 10_000 });
  await store.load();
  return { gateway, store, a, b };
}

describe('BankStore', () => {
  it('loads stories and settings from the API', async () => {
    const { store } = await setup();
    const snap = store.getSnapshot();
    expect(snap.status).toBe('ready');
    expect(snap.stories.map((s) => s.title).sort()).toEqual(['Latency', 'Mentoring']);
    expect(snap.settings?.theme).toBe('system');
  });

  it('applies edits at once (optimistic) and saves them with the last known updatedAt', async () => {
    const { store, gateway, a } = await setup();
    store.updateStory(a.id, { result: 'Cut p99 from 240 ms to 95 ms.' });
    expect(store.getSnapshot().byId.get(a.id)?.result).toBe('Cut p99 from 240 ms to 95 ms.');
    expect(store.getSnapshot().save.state).toBe('pending');
    await store.flush();
    expect(gateway.updates).toEqual([
      { id: a.id, patch: { result: 'Cut p99 from 240 ms to 95 ms.' }, expected: a.updatedAt },
    ]);
    expect(gateway.stories.get(a.id)?.result).toBe('Cut p99 from 240 ms to 95 ms.');
    expect(store.getSnapshot().save.state).toBe('saved');
    // The next save expects the new stamp.
    store.updateStory(a.id, { title: 'Latency II' });
    await store.flush();
    expect(gateway.updates[1].expected).not.toBe(a.updatedAt);
  });

  it('edits typed while a save is in flight survive the server answer', async () => {
    const { store, gateway, a } = await setup();
    let release!: () => void;
    gateway.gate = new Promise((r) => (release = r));
    store.updateStory(a.id, { result: 'first' });
    const saving = store.flush();
    await Promise.resolve();
    store.updateStory(a.id, { result: 'first and second' });
    gateway.gate = null;
    release();
    await saving;
    expect(store.getSnapshot().byId.get(a.id)?.result).toBe('first and second');
    await store.flush();
    expect(gateway.stories.get(a.id)?.result).toBe('first and second');
  });

  it('on a conflict it keeps the fields edited here and takes the other fields from the server', async () => {
    const { store, gateway, a } = await setup();
    gateway.editElsewhere(a.id, { project: 'Ranking (from the other window)' });
    store.updateStory(a.id, { result: 'p99 down 60%' });
    await store.flush();
    const server = gateway.stories.get(a.id)!;
    expect(server.result).toBe('p99 down 60%');
    expect(server.project).toBe('Ranking (from the other window)');
    expect(store.getSnapshot().byId.get(a.id)?.project).toBe('Ranking (from the other window)');
    expect(store.getSnapshot().save.state).toBe('saved');
  });

  it('shows the error state when a save fails, and recovers on retry', async () => {
    const { store, gateway, a } = await setup();
    gateway.failNext = new Error('The bank file is locked.');
    store.updateStory(a.id, { title: 'Retry me' });
    await expect(store.flush()).rejects.toThrow('not saved yet (The bank file is locked)');
    expect(store.getSnapshot().save).toEqual({ state: 'error', error: 'The bank file is locked.' });
    await store.flush();
    expect(store.getSnapshot().save.state).toBe('saved');
    expect(gateway.stories.get(a.id)?.title).toBe('Retry me');
  });

  it('moves a story to the trash and restores it', async () => {
    const { store, a } = await setup();
    await store.deleteStory(a.id);
    expect(store.getSnapshot().byId.has(a.id)).toBe(false);
    expect(store.getSnapshot().trash.map((s) => s.id)).toEqual([a.id]);
    await store.restoreStory(a.id);
    expect(store.getSnapshot().byId.get(a.id)?.title).toBe('Latency');
    expect(store.getSnapshot().trash).toEqual([]);
  });

  it('applies a bulk change to every selected story and saves it', async () => {
    const { store, gateway, a, b } = await setup();
    await store.updateMany([a.id, b.id], (s) => ({
      competencies: [...s.competencies, 'ml.ownership'],
      status: 'ready',
    }));
    for (const id of [a.id, b.id]) {
      expect(gateway.stories.get(id)?.competencies).toEqual(['ml.ownership']);
      expect(gateway.stories.get(id)?.status).toBe('ready');
    }
  });
});
