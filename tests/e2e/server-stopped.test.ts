// #14.10 in real Chromium: when the web bridge stops while the user types, a banner says the
// changes are not saved and what to do; the text is kept and saved by itself once the server is
// back. Text typed while it is down in a tab that is then closed is offered back on the next visit
// (from localStorage) and saved on Restore.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchApp, type AppUnderTest } from './harness';
import { seriousViolations } from './planning-helpers';
import { callApi, sectionEditor, typeInSection, waitSaved, waitStoriesReady } from './stories-helpers';

const SHOTS = join(ARTIFACTS_DIR, 'screenshots');

describe('when the server stops while editing', () => {
  let app: AppUnderTest;
  let id: string;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await launchApp();
    id = (await callApi(app, 'createStory', { fields: { title: 'Search latency', result: 'p99 fell.' } })).id;
    await callApi(app, 'updateSettings', { lastOpenStoryId: id });
    await app.page.reload();
    await waitStoriesReady(app.page);
    await sectionEditor(app.page, 'result').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows a banner saying so and what to do, keeps the text, and saves it once the server is back', async () => {
    const { page } = app;
    await app.stopServer();
    await typeInSection(page, 'result', ' From 240 ms to 95 ms.');
    const banner = page.getByTestId('save-trouble');
    await banner.waitFor();
    expect(await banner.getAttribute('role')).toBe('alert');
    expect(await banner.innerText()).toMatch(
      /Your latest changes are not saved yet\. Storybank is not running\. Start it again with `npm run web`\.[\s\S]*Keep this tab open: your text is kept in this browser/,
    );
    expect(await banner.isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'server-stopped-banner-light.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await app.startServer();
    await banner.waitFor({ state: 'detached', timeout: 20_000 });
    await waitSaved(page);
    expect((await callApi(app, 'getStory', { id })).result).toBe('p99 fell. From 240 ms to 95 ms.');
  });

  it('offers text from a tab closed while the server was down on the next visit, and Restore saves it', async () => {
    await app.stopServer();
    await typeInSection(app.page, 'reflection', 'I would add a load test first.');
    await app.page.getByTestId('save-trouble').waitFor();
    await app.page.close();
    await app.startServer();
    expect((await callApi(app, 'getStory', { id })).reflection).toBe('');

    const page = await app.open();
    await waitStoriesReady(page);
    const offer = page.getByTestId('unsaved-edits');
    await offer.waitFor();
    expect(await offer.innerText()).toMatch(/“Search latency”: Reflection, typed/);
    await page.screenshot({ path: join(SHOTS, 'unsaved-edits-offer-light.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await offer.getByRole('button', { name: 'Restore and save them' }).click();
    await offer.waitFor({ state: 'detached' });
    await waitSaved(page);
    expect((await callApi(app, 'getStory', { id })).reflection).toBe('I would add a load test first.');
    await expect.poll(() => sectionEditor(page, 'reflection').innerText()).toContain('I would add a load test first.');

    // Answered: a further visit offers nothing.
    const again = await app.open();
    await waitStoriesReady(again);
    await sectionEditor(again, 'result').waitFor();
    expect(await again.getByTestId('unsaved-edits').count()).toBe(0);
  });
});
