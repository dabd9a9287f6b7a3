// #17.2: long non-ASCII edits save through the web bridge in real Chromium. Edits typed within one
// autosave pause go out as one request: two sections of 20,000 CJK characters are 40,000
// characters but 120,000 bytes of UTF-8, far over Chromium's 64 KiB keepalive quota. keepalive used
// to be chosen by characters (under 60,000), so Chromium refused the request, and since a failed
// patch is merged with newer edits it failed forever as "Storybank is not running".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppUnderTest } from './harness';
import { callApi, sectionEditor, waitSaved } from './stories-helpers';

const CJK = '故事'.repeat(10_000); // 20,000 characters, 60,000 bytes.
const CYRILLIC = 'История'.repeat(2_700); // 18,900 characters, 37,800 bytes.

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

  for (const [script, text, sections] of [
    ['CJK', CJK, ['situation', 'action']],
    ['Cyrillic', CYRILLIC, ['result', 'reflection']],
  ] as const) {
    it(`two sections of ${text.length.toLocaleString('en-US')} ${script} characters in one pause: saved, and on disk`, async () => {
      const { page } = app;
      for (const section of sections) {
        await sectionEditor(page, section).click();
        await page.keyboard.insertText(text);
      }
      await waitSaved(page);
      const story = await callApi(app, 'getStory', { id });
      for (const section of sections) expect(story[section]).toBe(text);
    });
  }
});
