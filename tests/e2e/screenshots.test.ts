// Screenshots of every view in light and dark, saved to tests/artifacts/screenshots/ for review.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchApp, type AppUnderTest } from './harness';
import { seedWorkspace } from './stories-helpers';

const OUT = join(ARTIFACTS_DIR, 'screenshots');
const VIEWS = ['Stories', 'Coverage', 'Projects', 'Loops', 'Companies', 'Practice', 'Export', 'Settings'];

describe('screenshots of every view', () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    app = await launchApp({ viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('captures the empty state', async () => {
    await app.page.getByRole('heading', { name: 'Your story bank is empty' }).waitFor();
    await app.page.screenshot({ path: join(OUT, 'stories-empty-light.png') });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`captures each view in ${scheme}`, async () => {
      if (scheme === 'light') await seedWorkspace(app);
      const page = await app.open({ colorScheme: scheme });
      await page.getByTestId('story-list').waitFor();
      for (const view of VIEWS) {
        await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: view }).click();
        await page.getByRole('heading', { level: 1, name: view }).waitFor();
        if (view === 'Stories') await page.locator('.cm-finding-error').first().waitFor();
        await page.waitForTimeout(250);
        await page.screenshot({ path: join(OUT, `${view.toLowerCase()}-${scheme}.png`) });
        if (view === 'Stories') {
          // The explanation a writer sees on a marked claim.
          await page.locator('.cm-finding-error').first().hover();
          await page.locator('.cm-finding-tooltip').first().waitFor();
          await page.screenshot({ path: join(OUT, `stories-tooltip-${scheme}.png`) });
          await page.mouse.move(5, 5);
        }
      }
      await page.setViewportSize({ width: 1024, height: 720 });
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Stories' }).click();
      await page.waitForTimeout(250);
      await page.screenshot({ path: join(OUT, `stories-1024-${scheme}.png`) });
      await page.close();
      expect(app.errors).toEqual([]);
    });
  }
});
