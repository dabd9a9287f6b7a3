// Depth-map layer notes are saved like story edits: applied at once, saved after a quiet spell,
// journaled in localStorage until the server acknowledges them, and offered back on the next visit
// when they never were saved.
import { describe, expect, it, vi } from 'vitest';
import { BankStore } from '../../../renderer/src/data/bank-store';
import { FakeStoryApi } from './fake-story-api';

const notesJournal = (): Record<string, { patch: Record<string, string> }> =>
  Object.assign(
    {},
    ...Object.keys(localStorage)
      .filter((k) => k.startsWith('storybank.unsaved-notes.'))
      .map((k) => JSON.parse(localStorage.getItem(k)!) as Record<string, { patch: Record<string, string> }>),
  );

async function visit(gateway: FakeStoryApi, options: { delayMs?: number; retryMs?: number } = {}) {
  const store = new BankStore(gateway.asApi(), { delayMs: 10_000, ...options });
  await store.load();
  return store;
}

function seedProject(gateway: FakeStoryApi) {
  gateway.seed({ title: 'Ranking', project: 'Search ranking' });
  gateway.projects.set('Search ranking', {
    name: 'Search ranking',
    deepDive: true,
    layerNotes: { data: 'Click logs, 90 days.' },
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
}

describe('layer notes in the bank store', () => {
  it('shows a note at once, saves it after a quiet spell, and forgets the journal once acknowledged', async () => {
    vi.useFakeTimers();
    try {
      const gateway = new FakeStoryApi();
      seedProject(gateway);
      const store = await visit(gateway, { delayMs: 600 });
      store.updateLayerNotes('Search ranking', 'approach', 'Learning to rank over hand-tuned boosts.');
      const project = store.getSnapshot().projects.find((p) => p.name === 'Search ranking')!;
      expect(project.layerNotes).toEqual({
        data: 'Click logs, 90 days.',
        approach: 'Learning to rank over hand-tuned boosts.',
      });
      expect(notesJournal()['Search ranking'].patch).toEqual({ approach: 'Learning to rank over hand-tuned boosts.' });
      expect(gateway.projectUpdates).toEqual([]);
      await vi.advanceTimersByTimeAsync(600);
      expect(gateway.projectUpdates).toEqual([
        { name: 'Search ranking', layerNotes: { approach: 'Learning to rank over hand-tuned boosts.' } },
      ]);
      expect(gateway.projects.get('Search ranking')?.layerNotes.approach).toBe(
        'Learning to rank over hand-tuned boosts.',
      );
      expect(notesJournal()).toEqual({});
      expect(store.getSnapshot().save.state).toBe('saved');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps notes typed while a save was out, and saves them next', async () => {
    const gateway = new FakeStoryApi();
    seedProject(gateway);
    const store = await visit(gateway);
    store.updateLayerNotes('Search ranking', 'data', 'first');
    const saving = store.flush();
    store.updateLayerNotes('Search ranking', 'data', 'first and second');
    await saving;
    expect(store.getSnapshot().projects[0].layerNotes.data).toBe('first and second');
    await store.flush();
    expect(gateway.projects.get('Search ranking')?.layerNotes.data).toBe('first and second');
  });

  it('keeps a note while the server is away and offers it back on the next visit; Restore saves it', async () => {
    const gateway = new FakeStoryApi();
    seedProject(gateway);
    const first = await visit(gateway);
    first.updateLayerNotes('Search ranking', 'monitoring', 'Watched CTR daily for a month.');
    gateway.failNext = new Error('Storybank is not running.');
    await expect(first.flush()).rejects.toThrow('not saved yet');
    expect(first.getSnapshot().save).toEqual({ state: 'error', error: 'Storybank is not running.' });
    // The tab is closed now; the server never saw the note.

    const second = await visit(gateway);
    expect(second.getSnapshot().unsaved).toEqual([
      expect.objectContaining({ kind: 'project', id: 'Search ranking', fields: ['monitoring'] }),
    ]);
    expect(second.getSnapshot().projects[0].layerNotes.monitoring).toBeUndefined(); // not applied until asked
    await second.restoreUnsaved();
    expect(gateway.projects.get('Search ranking')?.layerNotes.monitoring).toBe('Watched CTR daily for a month.');
    expect(second.getSnapshot().unsaved).toEqual([]);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('storybank.unsaved'))).toEqual([]);
  });

  it('does not offer a note the server already has, and Discard keeps the saved notes', async () => {
    const gateway = new FakeStoryApi();
    seedProject(gateway);
    const first = await visit(gateway);
    first.updateLayerNotes('Search ranking', 'data', 'Click logs, 90 days.'); // same as saved
    first.updateLayerNotes('Search ranking', 'role', 'I owned the ranker.');
    const second = await visit(gateway);
    expect(second.getSnapshot().unsaved.map((u) => u.fields)).toEqual([['role']]);
    second.discardUnsaved();
    expect((await visit(gateway)).getSnapshot().unsaved).toEqual([]);
    expect(gateway.projects.get('Search ranking')?.layerNotes.role).toBeUndefined();
  });
});
