// The editor's save line on a narrow window, in real Chromium: a refused save says the whole reason and
// what to do, wrapped onto as many lines as it needs, never cut by an ellipsis; the buttons beside it
// stay whole and inside the editor.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchApp, type AppUnderTest } from './harness';
import { callApi, sectionEditor, waitStoriesReady } from './stories-helpers';

const SHOTS = join(ARTIFACTS_DIR, 'screenshots');
// Over the 20,000-character limit of a STAR section: the server refuses every save of it.
const TOO_LONG = 'We measured every step of checkout. '.repeat(600);
const REASON = 'The Situation is longer than 20,000 characters. Shorten it and save again.';

describe('the editor status line on a narrow window', () => {
  let app: AppUnderTest;
  let page: Page;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await launchApp({ viewport: { width: 1024, height: 720 } });
    page = app.page;
    const { id } = await callApi(app, 'createStory', { fields: { title: 'Search latency', result: 'p99 fell.' } });
    await callApi(app, 'updateSettings', { lastOpenStoryId: id });
    await page.reload();
    await waitStoriesReady(page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows a refused save whole, wrapped, with Retry and the toolbar buttons inside the editor', async () => {
    await sectionEditor(page, 'situation').click();
    await page.keyboard.insertText(TOO_LONG);
    const status = page.getByTestId('save-status');
    await page.locator('[data-testid="save-status"][data-state="error"]').waitFor({ timeout: 10_000 });
    const reason = status.locator('.save-error-text');
    await expect.poll(() => reason.innerText()).toBe(REASON);
    // Not cut: the text fits its box, and the box is more than one line tall when it needs to be.
    expect(await reason.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await reason.evaluate((el) => getComputedStyle(el).textOverflow)).not.toBe('ellipsis');
    const editor = (await page.locator('.story-editor-main').boundingBox())!;
    for (const locator of [
      reason,
      status.getByRole('button', { name: 'Retry' }),
      page.getByRole('button', { name: 'Duplicate' }),
      page.getByRole('button', { name: 'Move to trash' }),
    ]) {
      const box = (await locator.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(editor.x - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(editor.x + editor.width + 1);
    }
    await page.locator('.story-toolbar').screenshot({ path: join(SHOTS, 'editor-status-narrow.png') });
  });
});
