// @vitest-environment node
// Files made from the bank, through the renderer's BankFiles against the real main: an export made
// while a story edit still waits in the autosave queue holds the edit (the edit is saved first), and a
// preview or a listing writes nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { contract, type StorybankApi } from '#shared/api/contract';
import { BankFiles } from '../../../renderer/src/data/bank-files';
import { BankStore } from '../../../renderer/src/data/bank-store';
import { closeApis, openApi, type ApiHarness } from '../../main/api-harness';

afterEach(closeApis);

function apiOf(harness: ApiHarness): StorybankApi {
  return Object.fromEntries(
    Object.keys(contract).map((name) => [name, (request: never) => harness.call(name as never, request)]),
  ) as unknown as StorybankApi;
}

async function setup() {
  const harness = await openApi({ prefix: 'storybank-files-' });
  const api = apiOf(harness);
  // A minute's autosave delay: nothing is saved unless someone flushes.
  const store = new BankStore(api, { delayMs: 60_000, storage: null });
  await store.load();
  const files = new BankFiles(api, store);
  const story = await store.createStory({ title: 'Cut the build queue', action: 'I split the test shards.' });
  return { harness, store, files, story };
}

const text = (file: { delivery: string; base64?: string }) => {
  if (file.delivery !== 'download' || !file.base64) throw new Error(`expected a download, got ${file.delivery}`);
  return Buffer.from(file.base64, 'base64').toString('utf8');
};

describe('BankFiles', () => {
  it('saves a pending edit before a Markdown export, so the file holds it', async () => {
    const { store, files, story, harness } = await setup();
    store.updateStory(story.id, { result: 'Builds took 9 minutes instead of 31.' });
    expect(store.autosave.isDirty(story.id)).toBe(true);

    const { file } = await files.exportMarkdown({ scope: { kind: 'all' } });

    expect(text(file)).toContain('Builds took 9 minutes instead of 31.');
    expect(store.autosave.isDirty(story.id)).toBe(false);
    const saved = await harness.call('getStory', { id: story.id });
    expect(saved.result).toBe('Builds took 9 minutes instead of 31.');
  });

  it('saves a pending edit before the coverage CSV and the JSON backup', async () => {
    const { store, files, story } = await setup();
    store.updateStory(story.id, { title: 'Cut the build queue by two thirds' });
    const csv = await files.exportCoverageCsv({ view: 'competencies', saveWithDialog: false });
    expect(csv.csv).toContain('Cut the build queue by two thirds');

    store.updateStory(story.id, { reflection: 'Shard by history, not by file count.' });
    const backup = JSON.parse(text((await files.exportJsonBackup()).file)) as { stories: { reflection: string }[] };
    expect(backup.stories.map((s) => s.reflection)).toContain('Shard by history, not by file count.');
  });

  it('refuses to export while an edit cannot be saved, instead of making a file without it', async () => {
    const { store, files, story, harness } = await setup();
    // Main refuses this edit (a title over the length limit), as it would refuse any save on a full disk.
    store.updateStory(story.id, { title: 'Cut the build queue '.repeat(100) });

    await expect(files.exportMarkdown({ scope: { kind: 'all' } })).rejects.toThrow(
      /Not exported: your latest changes are not saved yet \(The title is longer than 200 characters\. Shorten it/,
    );
    // The edit is still there, waiting to be saved once it can be.
    expect(store.autosave.isDirty(story.id)).toBe(true);
    expect(store.getSnapshot().stories.find((s) => s.id === story.id)?.title).toMatch(/^Cut the build queue Cut/);
    expect((await harness.call('getStory', { id: story.id })).title).toBe('Cut the build queue');

    // Once the edit can be saved, the export goes out with it.
    store.updateStory(story.id, { title: 'Cut the build queue in half' });
    expect(text((await files.exportMarkdown({ scope: { kind: 'all' } })).file)).toContain(
      'Cut the build queue in half',
    );
  });

  it('previews an import without writing, and lists the backup it made', async () => {
    const { store, files } = await setup();
    const before = store.getSnapshot().stories.length;
    const markdown = '# Moved the nightly jobs\n\n## Action\n\nI moved the jobs to spot instances.\n';
    const preview = await files.previewImport({
      base64: Buffer.from(markdown).toString('base64'),
      fileName: 'stories.md',
    });
    expect(preview.stories.map((s) => s.fields.title)).toEqual(['Moved the nightly jobs']);
    expect(store.getSnapshot().stories).toHaveLength(before);

    const made = await files.backupNow();
    const { backups } = await files.listBackups();
    expect(backups.map((b) => b.id)).toContain(made.id);
  });
});
