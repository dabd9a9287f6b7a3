// Unsaved edits are journaled in localStorage until the server acknowledges them, retried on their
// own while the server is away, and offered back on the next visit when they never were saved.
import { describe, expect, it, vi } from 'vitest';
import { BankStore } from '../../../renderer/src/data/bank-store';
import { FakeStoryApi } from './fake-story-api';

/** The journal's entries in localStorage (the live journal, not the offer), by story id. */
const journalOf = (): Record<string, { patch: object }> =>
  Object.assign(
    {},
    ...Object.keys(localStorage)
      .filter((k) => k.startsWith('storybank.unsaved.'))
      .map((k) => JSON.parse(localStorage.getItem(k)!) as Record<string, { patch: object }>),
  );

async function visit(gateway: FakeStoryApi, options: { retryMs?: number } = {}) {
  const store = new BankStore(gateway.asApi(), { delayMs: 10_000, ...options });
  await store.load();
  return store;
}

describe('the unsaved-edit journal', () => {
  it('keeps an edit in localStorage while its save fails, and forgets it once the server acknowledges it', async () => {
    const gateway = new FakeStoryApi();
    const a = gateway.seed({ title: 'Latency' });
    const store = await visit(gateway);
    store.updateStory(a.id, { result: 'Cut p99 from 240 ms to 95 ms.' });
    gateway.failNext = new Error('Storybank is not running.');
    await expect(store.flush()).rejects.toThrow('not saved yet');
    expect(store.getSnapshot().save).toEqual({ state: 'error', error: 'Storybank is not running.' });
    expect(journalOf()[a.id].patch).toEqual({
      result: 'Cut p99 from 240 ms to 95 ms.',
    });
    await store.flush();
    expect(store.getSnapshot().save.state).toBe('saved');
    expect(journalOf()).toEqual({});
  });

  it('tries a failed save again on its own, so text typed while the server was away is saved when it is back', async () => {
    vi.useFakeTimers();
    try {
      const gateway = new FakeStoryApi();
      const a = gateway.seed({ title: 'Latency' });
      const store = await visit(gateway, { retryMs: 3_000 });
      store.updateStory(a.id, { action: 'I profiled the hot path.' });
      gateway.failNext = new Error('Storybank is not running.');
      await expect(store.flush()).rejects.toThrow('not saved yet');
      expect(store.getSnapshot().save.state).toBe('error');
      await vi.advanceTimersByTimeAsync(3_000);
      expect(store.getSnapshot().save.state).toBe('saved');
      expect(gateway.stories.get(a.id)?.action).toBe('I profiled the hot path.');
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers what an earlier visit never saw saved; Restore saves it, Discard keeps the saved text', async () => {
    const gateway = new FakeStoryApi();
    const a = gateway.seed({ title: 'Latency', result: 'Saved result.' });
    const b = gateway.seed({ title: 'Mentoring' });
    const c = gateway.seed({ title: 'Hiring' });
    const first = await visit(gateway);
    first.updateStory(a.id, { result: 'Typed while the server was stopped.' });
    first.updateStory(b.id, { task: 'Also never saved.' });
    first.updateStory(c.id, { task: 'Saved, but the answer never arrived.' });
    gateway.stories.set(c.id, { ...gateway.stories.get(c.id)!, task: 'Saved, but the answer never arrived.' });
    // The tab closes before any save goes out.

    const second = await visit(gateway);
    expect(second.getSnapshot().unsaved.map((u) => [u.title, u.fields])).toEqual([
      ['Latency', ['result']],
      ['Mentoring', ['task']],
    ]);
    expect(second.getSnapshot().byId.get(a.id)?.result).toBe('Saved result.'); // nothing applied until asked

    // Still offered on a third visit if neither answer was given.
    const third = await visit(gateway);
    expect(third.getSnapshot().unsaved).toHaveLength(2);
    await third.restoreUnsaved();
    expect(gateway.stories.get(a.id)?.result).toBe('Typed while the server was stopped.');
    expect(gateway.stories.get(b.id)?.task).toBe('Also never saved.');
    expect(third.getSnapshot().unsaved).toEqual([]);
    expect(journalOf()).toEqual({});
    expect(Object.keys(localStorage).filter((k) => k.startsWith('storybank.unsaved'))).toEqual([]);

    first.updateStory(a.id, { title: 'Latency, again' });
    const fourth = await visit(gateway);
    expect(fourth.getSnapshot().unsaved).toHaveLength(1);
    fourth.discardUnsaved();
    expect((await visit(gateway)).getSnapshot().unsaved).toEqual([]);
    expect(gateway.stories.get(a.id)?.title).toBe('Latency');
  });
});
