// A deep dive whose one story covers few layers, in real headless Chromium: layers placed by what a
// sentence is about leave the others empty, and an empty layer says so and points at the question to
// prepare, in light and dark (screenshots projects-empty-layers-*.png, looked at).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchApp, type AppUnderTest } from './harness';
import { callApi, waitStoriesReady } from './stories-helpers';

const OUT = join(ARTIFACTS_DIR, 'screenshots');
const REPORT = {
  title: 'Cut the nightly report from 45 minutes to 4',
  project: 'Billing reports',
  situation: 'The nightly billing report took 45 minutes, and finance waited for it every morning.',
  action:
    'I profiled the job and found most of the time went to writing the spreadsheet row by row. ' +
    'I rewrote the export to write the whole sheet in one pass instead of row by row. ' +
    'The finance team asked for the report by 7 am, so I moved the schedule earlier.',
  result: 'The report now takes 4 minutes instead of 45.',
};

async function openDeepDive(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Projects' }).click();
  const star = page.getByRole('button', { name: '☆ Make this my deep dive' });
  await star
    .or(page.getByRole('button', { name: '★ Your deep dive' }))
    .first()
    .waitFor();
  if (await star.count()) await star.click();
  await page.locator('[data-layer="data"]').waitFor();
}

describe('Projects view: layers nothing covers', () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    app = await launchApp({ viewport: { width: 1360, height: 900 } });
    await callApi(app, 'createStory', { fields: REPORT });
    await app.page.reload();
    await waitStoriesReady(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('places the sentences by what they are about and says what an empty layer needs', async () => {
    const { page } = app;
    await openDeepDive(page);
    const card = (id: string) => page.locator(`[data-layer="${id}"]`);
    // The rewrite is the approach; the partner's request is not a deployment; nothing here is data.
    expect(await card('approach').locator('.layer-evidence').innerText()).toContain('I rewrote the export');
    expect(await card('evaluation').locator('.layer-evidence').innerText()).toContain('4 minutes instead of 45');
    for (const id of ['data', 'deployment', 'monitoring']) {
      const layer = card(id);
      expect(await layer.getAttribute('class')).toContain('is-missing');
      expect(await layer.locator('.layer-evidence').count()).toBe(0);
      expect(await layer.locator('.layer-empty').innerText()).toMatch(/^No sentence in the linked stories is about/);
      expect(await layer.locator('.layer-questions li').first().innerText()).toMatch(/^On Billing reports: /);
    }
  });

  it('looks right in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = scheme === 'light' ? app.page : await app.open({ colorScheme: 'dark' });
      if (scheme === 'dark') {
        await waitStoriesReady(page);
        await openDeepDive(page);
      }
      const height = await page.evaluate(() => document.querySelector('main')!.scrollHeight);
      await page.setViewportSize({ width: 1360, height: height + 40 });
      await page.screenshot({ path: join(OUT, `projects-empty-layers-${scheme}.png`) });
      if (scheme === 'dark') await page.close();
    }
  });

  it('logged no console errors', () => {
    expect(app.errors).toEqual([]);
  });
});
