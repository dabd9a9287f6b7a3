// #17.2: long non-ASCII edits save through the web bridge in real Chromium. 20,000 CJK characters
// are 60,000 bytes of UTF-8, over Chromium's 64 KiB keepalive quota once JSON wraps them; keepalive
// used to be chosen by characters, so such a save failed forever as "Storybank is not running".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppUnderTest } from './harness';
import { callApi, sectionEditor, waitSaved } from './stories-helpers';

const CJK = '故事'.repeat(10_000); // 20,000 characters, 60,000 bytes.
const CYRILLIC = 'История '.repeat(2_375); // 19,000 characters, about 34,000 bytes.

describe('long non-ASCII edits on the web bridge', () => {
  let app: AppUnderTest;
  let id: string;
  beforeAll(async () => {
    app = await launchApp();
    id = (await callApi(app, 'createStory', { fields: { title: 'Long edits' } })).id;
    await callApi(app, 'updateSettings', { lastOpenStoryId: id });
    await app.page.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('20,000 CJK characters pasted into the editor: saved, and on disk', async () => {
    const { page } = app;
    await sectionEditor(page, 'situation').click();
    await page.keyboard.insertText(CJK);
    await waitSaved(page);
    expect((await callApi(app, 'getStory', { id })).situation).toBe(CJK);
  });

  it('19,000 Cyrillic characters in another section: saved, and on disk', async () => {
    const { page } = app;
    await sectionEditor(page, 'result').click();
    await page.keyboard.insertText(CYRILLIC);
    await waitSaved(page);
    const story = await callApi(app, 'getStory', { id });
    expect(story.result).toBe(CYRILLIC);
    expect(story.situation).toBe(CJK);
  });
});
