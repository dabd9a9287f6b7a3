// "Remove sample stories" (Stories view): the samples go to the trash in one go, and Undo brings
// them back. Kept beside the settings tests because it is the same "clean up the bank" job.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchApp, type AppUnderTest } from './harness';
import { callApi } from './stories-helpers';

describe('Remove sample stories', () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('moves every sample to the trash, keeps your own stories, and Undo restores them', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Add three sample stories' }).click();
    await expect.poll(() => page.locator('.list-count').innerText()).toContain('3 samples');
    await callApi(app, 'createStory', { fields: { title: 'My own story' } });
    await page.reload();
    await expect.poll(() => page.locator('.list-count').innerText()).toContain('4 stories');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'screenshots', 'settings-samples-light.png') });

    await page.getByRole('button', { name: 'Remove sample stories' }).click();
    const notice = page.getByRole('status').filter({ hasText: '3 sample stories moved to the trash.' });
    await notice.waitFor();
    await expect.poll(() => page.locator('.list-count').innerText()).toBe('1 story');
    expect(await page.getByRole('button', { name: 'Remove sample stories' }).count()).toBe(0);
    const live = (await callApi(app, 'getBank', {})).stories.filter((s) => !s.deletedAt).filter((s) => !s.deletedAt);
    expect(live.map((s) => s.title)).toEqual(['My own story']);

    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('.list-count').innerText()).toContain('3 samples');
    expect(
      (await callApi(app, 'getBank', {})).stories.filter((s) => !s.deletedAt).filter((s) => !s.deletedAt),
    ).toHaveLength(4);
    expect(app.errors).toEqual([]);
  });
});
