// The store's API through dispatch (request and response schemas included), with a real bank in
// a temp folder.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../main/api/context';
import { tempDir } from './helpers';
import { closeApis, openApi } from '../api-harness';
import { closeServices } from '../../../main/services';

afterEach(closeApis);

const app = (native: HandlerContext['native'] = {}, dataDir = tempDir()) => openApi({ native, dataDir });

describe('store handlers', () => {
  it('marks sample stories so they can be labelled, and never marks ordinary ones', async () => {
    const { call } = await app();
    const sample = await call('createStory', { fields: { title: 'A sample' }, sample: true });
    const mine = await call('createStory', { fields: { title: 'Mine' } });
    expect(sample.sample).toBe(true);
    expect(mine.sample).toBeUndefined();
    expect((await call('getStory', { id: sample.id })).sample).toBe(true);
  });

  it('create, list, get, update with conflict detection, delete to trash, restore, duplicate, purge', async () => {
    const { call } = await app();
    const story = await call('createStory', { fields: { title: 'Incident review', competencies: ['ml.ownership'] } });
    expect((await call('getBank', {})).stories.filter((s) => !s.deletedAt).map((s) => s.id)).toEqual([story.id]);
    expect(await call('getStory', { id: story.id })).toEqual(story);
    const edited = await call('updateStory', {
      id: story.id,
      fields: { result: 'MTTR fell from 4 h to 40 min.' },
      expectedUpdatedAt: story.updatedAt,
    });
    await expect(
      call('updateStory', { id: story.id, fields: { result: 'stale' }, expectedUpdatedAt: story.updatedAt }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await call('deleteStory', { id: story.id });
    expect((await call('getBank', {})).stories.filter((s) => !s.deletedAt)).toEqual([]);
    expect((await call('getBank', {})).stories.filter((s) => s.deletedAt).map((s) => s.id)).toEqual([story.id]);
    expect((await call('restoreStory', { id: story.id })).result).toBe(edited.result);
    const copy = await call('duplicateStory', { id: story.id });
    await call('deleteStory', { id: copy.id });
    expect(await call('purgeStories', {})).toEqual({ purged: 1 });
    const rehearsed = await call('addRehearsal', { storyId: story.id, seconds: 101, rating: 5, note: 'Smooth' });
    expect(rehearsed.rehearsals).toHaveLength(1);
    await expect(call('getStory', { id: copy.id })).rejects.toMatchObject({ code: 'not-found' });
    await expect(call('updateStory', { id: story.id, fields: { title: 'x'.repeat(201) } })).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });

  it('frameworks, stages, loops, profile and settings', async () => {
    const { call } = await app();
    const framework = await call('createFramework', {
      name: 'My staff rubric',
      competencies: [{ name: 'Influence', description: 'Without authority' }],
    });
    const updated = await call('updateFramework', { id: framework.id, name: 'Staff rubric' });
    expect(updated.competencies[0].name).toBe('Influence');
    const stage = await call('createStage', { name: 'Take-home review' });
    expect((await call('renameStage', { id: stage.id, name: 'Take-home' })).name).toBe('Take-home');
    const loop = await call('createLoop', {
      company: 'Acme',
      role: 'Staff MLE',
      frameworkId: framework.id,
      date: '2026-05-01',
      rounds: [{ name: 'Onsite', stageId: stage.id, focus: [], storyIds: [] }],
    });
    await expect(call('deleteFramework', { id: framework.id })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/used by the Acme loop/),
    });
    const moved = await call('updateLoop', {
      id: loop.id,
      fields: { date: null, company: 'Acme Corp' },
      expectedUpdatedAt: loop.updatedAt,
    });
    expect(moved.date).toBeUndefined();
    const tagged = await call('createStory', { fields: { title: 'Take-home story', stages: [stage.id] } });
    const gone = await call('deleteStage', { id: stage.id });
    expect((await call('getBank', {})).loops[0].rounds[0].stageId).toBeUndefined();
    // The answer carries exactly what the cascade changed, so the renderer applies it without re-reading.
    expect(gone.stories.map((s) => [s.id, s.stages])).toEqual([[tagged.id, []]]);
    expect(gone.loops.map((l) => [l.id, l.rounds[0].stageId])).toEqual([[loop.id, undefined]]);
    expect(await call('deleteLoop', { id: loop.id })).toEqual({ deleted: true, stories: [] });
    await call('setActiveFramework', { frameworkId: framework.id });
    const deleted = await call('deleteFramework', { id: framework.id });
    expect(deleted.deleted).toBe(true);
    expect(deleted.settings.activeFrameworkId).not.toBe(framework.id);
    expect(await call('updateProfile', { name: 'Dana' })).toEqual({ name: 'Dana', targetRole: '' });
    expect((await call('updateSettings', { theme: 'dark' })).theme).toBe('dark');
    expect((await call('getBank', {})).settings.theme).toBe('dark');
  });

  it('bank documents: new, open, recent, backups, notices', async () => {
    const { call, dataDir, services } = await app();
    await call('createStory', { fields: { title: 'In the default bank' } });
    const other = join(dataDir, 'second.json');
    const created = await call('newBank', { path: other });
    expect(created).toMatchObject({ path: other, name: 'second.json', open: true, storyCount: 0 });
    expect(services.bankPath).toBe(other);
    await expect(call('newBank', { path: other })).rejects.toMatchObject({ code: 'conflict' });
    const reopened = await call('openBank', { path: join(dataDir, 'storybank.json') });
    expect(reopened.storyCount).toBe(1);
    const recent = (await call('listRecentBanks', {})).banks;
    expect(recent.map((b) => [b.name, b.current, b.exists])).toEqual([
      ['storybank.json', true, true],
      ['second.json', false, true],
    ]);
    await expect(call('openBank', { path: join(dataDir, 'missing.json') })).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(call('openBank', {})).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringMatching(/cannot show a file dialog/),
    });

    const backup = await call('backupNow', {});
    expect((await call('listBackups', {})).backups.map((b) => b.id)).toContain(backup.id);
    await call('createStory', { fields: { title: 'After the backup' } });
    expect((await call('restoreBackup', { id: backup.id })).storyCount).toBe(1);
    const { notices } = await call('getNotices', {});
    expect(notices.map((n) => n.kind)).toEqual(['restored-backup']);
    expect((await call('dismissNotice', { id: notices[0].id })).notices).toEqual([]);
  });

  it('uses the native open dialog when the request has no path', async () => {
    const dataDir = tempDir();
    const picked = join(dataDir, 'picked.json');
    const { call: first, services: firstServices } = await app({}, dataDir);
    await first('newBank', { path: picked });
    await closeServices(firstServices); // release the lock before the second process opens it
    const { call } = await app({ showOpenDialog: async () => picked }, dataDir);
    expect((await call('openBank', {})).path).toBe(picked);
  });

  it('reports a newer bank on every call instead of crashing at start', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'storybank.json'), JSON.stringify({ schemaVersion: 99, stories: [] }));
    const { call } = await app({}, dataDir);
    await expect(call('getBank', {})).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringMatching(/newer version of Storybank/),
    });
    expect(await call('currentBank', {})).toMatchObject({
      open: false,
      problem: expect.stringMatching(/newer version/),
    });
    expect(readFileSync(join(dataDir, 'storybank.json'), 'utf8')).toBe(
      JSON.stringify({ schemaVersion: 99, stories: [] }),
    );
  });

  it('previews and commits an import all-or-nothing, and exports text', async () => {
    const { call } = await app();
    const csv =
      'Title,Situation,Competencies\nGood row,Some context,ml.ownership\nBad row,' + 'x'.repeat(20_001) + ',\n';
    const preview = await call('previewImport', { format: 'csv', text: csv });
    expect(preview.canImport).toBe(false);
    expect(preview.problems[0].message).toMatch(/^Row 3 “Bad row”, Situation: The Situation is too long/);
    await expect(call('commitImport', { format: 'csv', text: csv })).rejects.toThrow(/Nothing was imported\. Row 3/);
    expect((await call('getBank', {})).stories.filter((s) => !s.deletedAt)).toEqual([]);

    const good = 'Title,Situation\nOne,First\nTwo,Second\n';
    const done = await call('commitImport', { format: 'auto', fileName: 'matrix.csv', text: good });
    expect(done).toMatchObject({ imported: 2, replacedBank: false });
    const asText = (file: { delivery: string; base64?: string }) =>
      Buffer.from(file.base64 ?? '', 'base64').toString('utf8');
    expect(asText((await call('exportMarkdown', {})).file)).toContain('## One');
    const backup = asText((await call('exportJsonBackup', {})).file);
    const again = await call('commitImport', { format: 'json', text: backup, mode: 'replace' });
    expect(again).toMatchObject({ imported: 2, replacedBank: true });
    expect(asText((await call('exportJsonBackup', {})).file)).toBe(backup);
  });
});
