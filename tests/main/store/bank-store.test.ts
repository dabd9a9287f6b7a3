// The store's everyday work through real files: stories, trash, conflicts, validation, backups,
// and flushing on close.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Bank } from '#shared/domain/schemas';
import { LIMITS } from '#shared/domain/limits';
import { backupsToPrune, listBackups, type BackupFile } from '../../../main/store/backups';
import { openBankFile } from '../../../main/store/open-bank-file';
import * as stories from '../../../main/store/operations/stories';
import { createLoop } from '../../../main/store/operations/loops';
import { deleteStage } from '../../../main/store/operations/stages';
import { tempDir } from './helpers';

async function open(now?: () => Date, dir = tempDir()) {
  const path = join(dir, 'storybank.json');
  return { dir, path, store: await openBankFile({ path, dataDir: dir, app: 'test', mode: 'default', now }) };
}

const onDisk = (path: string) => Bank.parse(JSON.parse(readFileSync(path, 'utf8')));

describe('the bank store', () => {
  it('writes every change to disk before answering, and memory matches disk', async () => {
    const { path, store } = await open();
    const story = await stories.createStory(store, { title: 'Feature store', situation: 'Nightly jobs took 9 hours.' });
    expect(onDisk(path).stories).toEqual([story]);
    const edited = await stories.updateStory(store, story.id, { result: 'Down to 3 hours.' }, story.updatedAt);
    expect(edited.situation).toBe('Nightly jobs took 9 hours.');
    expect(edited.updatedAt > story.updatedAt).toBe(true);
    expect(onDisk(path)).toEqual(store.bank);
    await store.close();
  });

  it('refuses an edit based on an older version with a conflict', async () => {
    const { store } = await open();
    const story = await stories.createStory(store, { title: 'Two windows' });
    await stories.updateStory(store, story.id, { task: 'First window' }, story.updatedAt);
    await expect(
      stories.updateStory(store, story.id, { task: 'Second window' }, story.updatedAt),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/changed elsewhere/),
    });
    expect(store.bank.stories[0].task).toBe('First window');
    await store.close();
  });

  it('never writes invalid data, and says which field is wrong', async () => {
    const { path, store } = await open();
    const story = await stories.createStory(store, { title: 'Long' });
    const before = readFileSync(path);
    await expect(
      stories.updateStory(store, story.id, { situation: 'x'.repeat(LIMITS.sectionText + 1) }),
    ).rejects.toThrow(/“Long” was not saved: situation: The Situation is too long \(at most 20,000 characters\)/);
    expect(readFileSync(path)).toEqual(before);
    expect(store.bank.stories[0].situation).toBe('');
    await store.close();
  });

  it('keeps the bank immutable, so validation of unchanged stories can be skipped safely', async () => {
    const { store } = await open();
    await stories.createStory(store, { title: 'Frozen' });
    expect(() => {
      (store.bank.stories[0] as { title: string }).title = 'Mutated';
    }).toThrow(TypeError);
    await store.close();
  });

  it('moves stories to the trash, restores them, purges them, and purges 30-day-old trash on open', async () => {
    let now = new Date('2026-03-01T10:00:00.000Z');
    const clock = () => now;
    const { dir, store } = await open(clock);
    const keep = await stories.createStory(store, { title: 'Keep' });
    const old = await stories.createStory(store, { title: 'Old' });
    const loop = await createLoop(store, {
      company: 'Acme',
      role: 'Staff MLE',
      frameworkId: 'senior-ml-engineer',
      rounds: [{ name: 'Onsite', focus: [], storyIds: [old.id] }],
    });
    expect(loop.rounds[0].id).toBeTruthy();
    await stories.trashStory(store, old.id);
    expect(stories.listStories(store.bank).map((s) => s.title)).toEqual(['Keep']);
    expect(stories.listTrash(store.bank).map((s) => s.title)).toEqual(['Old']);
    const restored = await stories.restoreStory(store, old.id);
    expect(restored.deletedAt).toBeUndefined();
    expect('deletedAt' in restored).toBe(false);
    await expect(stories.purgeStories(store, [old.id])).rejects.toMatchObject({ code: 'conflict' });
    await stories.trashStory(store, old.id);
    await store.close();

    now = new Date('2026-03-31T09:59:00.000Z'); // 29 days 23 h 59 min later: still restorable.
    const { store: early } = await open(clock, dir);
    expect(early.bank.stories).toHaveLength(2);
    await early.close();

    now = new Date('2026-03-31T10:00:01.000Z');
    const { store: late } = await open(clock, dir);
    expect(late.bank.stories.map((s) => s.id)).toEqual([keep.id]);
    expect(late.bank.loops[0].rounds[0].storyIds).toEqual([]);
    expect(late.notices.map((n) => n.message)).toEqual([
      '1 story was deleted for good, 30 days after going to the trash.',
    ]);
    await late.close();
  });

  it('duplicates a story as a fresh draft and logs rehearsals', async () => {
    const { store } = await open();
    const source = await stories.createStory(store, {
      title: 'Original',
      status: 'ready',
      competencies: ['ml.ownership'],
    });
    await stories.addRehearsal(store, source.id, { seconds: 118, rating: 4, questionText: 'Tell me about a time…' });
    const copy = await stories.duplicateStory(store, source.id);
    expect(copy).toMatchObject({
      title: 'Original (copy)',
      status: 'draft',
      competencies: ['ml.ownership'],
      rehearsals: [],
    });
    expect(copy.id).not.toBe(source.id);
    expect(store.bank.stories.find((s) => s.id === source.id)!.rehearsals).toMatchObject([{ seconds: 118, rating: 4 }]);
    await store.close();
  });

  it('removes a deleted stage from story tags', async () => {
    const { store } = await open();
    const story = await stories.createStory(store, { stages: ['bar-raiser', 'behavioral'] });
    await deleteStage(store, 'bar-raiser');
    expect(store.bank.stories.find((s) => s.id === story.id)!.stages).toEqual(['behavioral']);
    expect(store.bank.stages.some((s) => s.id === 'bar-raiser')).toBe(false);
    await store.close();
  });

  it('serializes concurrent changes: none is lost', async () => {
    const { path, store } = await open();
    await Promise.all(Array.from({ length: 25 }, (_, i) => stories.createStory(store, { title: `Parallel ${i}` })));
    expect(onDisk(path).stories).toHaveLength(25);
    await store.close();
  });

  it('makes rolling backups from clean loads and restores a chosen one', async () => {
    const { dir, path, store } = await open();
    await stories.createStory(store, { title: 'Version A' });
    const backup = await store.backupNow();
    await stories.createStory(store, { title: 'Version B' });
    const backupsBefore = (await store.listBackups()).length;
    await store.restoreBackup(backup.id);
    expect(store.bank.stories.map((s) => s.title)).toEqual(['Version A']);
    expect(onDisk(path).stories.map((s) => s.title)).toEqual(['Version A']);
    // The bank as it was before the restore is itself backed up.
    expect((await store.listBackups()).length).toBe(backupsBefore + 1);
    await expect(store.restoreBackup('nope.json')).rejects.toMatchObject({ code: 'not-found' });
    await store.close();
    expect(await listBackups(join(dir, 'nowhere'))).toEqual([]);
  });

  it('makes a due backup after a save, holding exactly the bytes that save wrote, once per interval', async () => {
    const dir = tempDir();
    const path = join(dir, 'storybank.json');
    let clock = Date.parse('2026-03-01T09:00:00Z');
    const now = () => new Date(clock);
    const store = await openBankFile({
      path,
      dataDir: dir,
      app: 'test',
      mode: 'default',
      now,
      backupIntervalMs: 60_000,
    });
    await store.flush();
    const count = async () => (await store.listBackups()).filter((b) => b.kind === 'rolling').length;
    const before = await count();

    clock += 61_000;
    const story = await stories.createStory(store, { title: 'Due backup', result: 'Cut 40% of the build time.' });
    await store.flush();
    const newest = (await store.listBackups())[0];
    expect(await count()).toBe(before + 1);
    expect(readFileSync(newest.path)).toEqual(readFileSync(path));

    // Within the interval: saved, but no further backup.
    clock += 1_000;
    await stories.updateStory(store, story.id, { task: 'Within the minute' });
    await store.flush();
    expect(await count()).toBe(before + 1);
    await store.close();
  });
});

describe('backup retention', () => {
  it('keeps the newest 10 and the newest of each of the last 30 days; never pre-migration copies', () => {
    const now = new Date('2026-06-30T12:00:00.000Z');
    const at = (iso: string, kind: BackupFile['kind'] = 'rolling'): BackupFile => ({
      id: iso,
      path: iso,
      at: new Date(iso),
      bytes: 1,
      kind,
    });
    const today = Array.from({ length: 15 }, (_, i) => at(`2026-06-30T${String(i).padStart(2, '0')}:00:00.000Z`));
    const older = [
      at('2026-06-20T08:00:00.000Z'),
      at('2026-06-20T09:00:00.000Z'),
      at('2026-04-01T09:00:00.000Z'),
      at('2025-01-01T00:00:00.000Z', 'pre-migration'),
    ];
    const pruned = backupsToPrune([...today, ...older], now).map((b) => b.id);
    expect(pruned).toEqual(
      [...today.slice(0, 5).map((b) => b.id), '2026-06-20T08:00:00.000Z', '2026-04-01T09:00:00.000Z']
        .reverse()
        .sort((a, b) => b.localeCompare(a)),
    );
  });
});
