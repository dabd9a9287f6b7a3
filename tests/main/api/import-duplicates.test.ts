// Re-importing what the bank already holds is said in the preview, through the real API with a real bank on disk:
// an exported Markdown/CSV file read back into the same bank, and a backup whose stories sit in its Trash.
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportedFile } from '#shared/api/channels/exports';
import { closeApis, openApi } from '../api-harness';

afterEach(closeApis);

const base64Of = (file: ExportedFile) => {
  if (file.delivery !== 'download') throw new Error(`expected a download, got ${file.delivery}`);
  return file.base64;
};

async function bankWithTwoStories() {
  const api = await openApi({ prefix: 'storybank-dup-' });
  const kept = await api.call('createStory', {
    fields: { title: 'Halved the nightly batch', situation: 'Batch took 9 hours.', result: 'It took 4.' },
  });
  const trashed = await api.call('createStory', {
    fields: { title: 'Mentored two juniors', situation: 'Two people joined.', result: 'Both own a model now.' },
  });
  return { ...api, kept, trashed };
}

describe('import preview: duplicates and trashed stories', () => {
  it('re-importing an exported Markdown or CSV file warns about every story the bank already has', async () => {
    const { call, trashed } = await bankWithTwoStories();
    const exported = {
      exportMarkdown: (await call('exportMarkdown', {})).file,
      exportCsv: (await call('exportCsv', {})).file,
    };
    await call('deleteStory', { id: trashed.id });
    for (const [channel, file] of Object.entries(exported)) {
      const preview = await call('previewImport', { base64: base64Of(file), fileName: file.fileName });
      const noun = channel === 'exportCsv' ? 'Row' : 'Story';
      const [first, second] = channel === 'exportCsv' ? [2, 3] : [1, 2];
      expect(preview.canImport, channel).toBe(true);
      expect(
        preview.problems.map((p) => p.message),
        channel,
      ).toEqual([
        `${noun} ${first} “Halved the nightly batch” is already in your bank (same title and text); adding it makes a second copy.`,
        `${noun} ${second} “Mentored two juniors” is already in your bank, in the Trash (same title and text); adding it makes a second copy. To get it back, restore it from the Trash instead.`,
      ]);
    }
  });

  it('a backup preview says which of its stories are in its Trash', async () => {
    const { call, trashed } = await bankWithTwoStories();
    await call('deleteStory', { id: trashed.id });
    const { file } = await call('exportJsonBackup', {});
    const other = await openApi({ prefix: 'storybank-dup-other-' });
    const preview = await other.call('previewImport', { base64: base64Of(file), fileName: file.fileName });
    expect(preview.stories).toHaveLength(2);
    expect(preview.problems.map((p) => p.message)).toEqual([
      'Story 2 “Mentored two juniors” is in the backup’s Trash; it is imported into your Trash, not your story list.',
    ]);
  });
});
