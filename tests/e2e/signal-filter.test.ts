// The story list filtered by a missing senior signal, and readiness counting the signals a story's
// competencies ask for, in real headless Chromium over the web bridge. Stories written for this test.
// Screenshots in light and dark go to tests/artifacts/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS_DIR, launchApp, type AppUnderTest } from './harness';
import { callApi, typeInSection, waitSaved, waitStoriesReady } from './stories-helpers';

const OUT = join(ARTIFACTS_DIR, 'screenshots');
const BASE = {
  situation: 'Our search ranking model was retrained by hand every quarter, and quality drifted in between.',
  task: 'I owned the ranking model and its training pipeline.',
  result: 'Click-through rose 4% and the retraining took an hour instead of two days.',
  reflection: '',
};
const CHOICE = 'I chose a nightly incremental job over full retraining, because full runs took two days of GPU time.';

describe('story list: filter by a missing signal; readiness counts signals', () => {
  let app: AppUnderTest;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    app = await launchApp();
    const make = async (title: string, action: string, competencies: string[]) =>
      (ids[title] = (await callApi(app, 'createStory', { fields: { ...BASE, title, action, competencies } })).id);
    await make('Nightly retraining', `${CHOICE} I wrote the job in Airflow.`, ['ml.tradeoffs']);
    await make('Ranking pipeline rewrite', 'I rewrote the training pipeline in Airflow and added tests.', [
      'ml.tradeoffs',
    ]);
    await make('Feature backfill', 'I backfilled two years of features and checked them against the old store.', []);
    await app.page.reload();
    await waitStoriesReady(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  const listedTitles = async () =>
    (await app.page.getByTestId('story-list').locator('.row-title').allInnerTexts()).map((t) => t.trim()).sort();

  it('lists only the stories without a trade-off, and says one filter is on', async () => {
    const { page } = app;
    await expect.poll(listedTitles).toEqual(['Feature backfill', 'Nightly retraining', 'Ranking pipeline rewrite']);
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByLabel('Missing signal').selectOption({ label: 'Without a trade-off' });
    await expect.poll(listedTitles).toEqual(['Feature backfill', 'Ranking pipeline rewrite']);
    expect(await page.getByRole('button', { name: /^Filters/ }).innerText()).toBe('Filters (1)');
  });

  it('shows the Signals part in the readiness panel, naming what the competency asks for and the story lacks', async () => {
    const { page } = app;
    await page
      .getByTestId('story-list')
      .getByRole('button', { name: /Ranking pipeline rewrite/ })
      .click();
    const card = page.locator('section.readiness');
    await expect.poll(() => card.innerText()).toContain('Senior signals');
    const reason = card.locator('li', { hasText: 'Senior signals' }).locator('.readiness-part-reason');
    await expect.poll(() => reason.innerText()).toMatch(/its competencies ask for; missing: .*trade-off/);
    expect(
      await card.locator('li', { hasText: 'Senior signals' }).locator('.readiness-part-points').innerText(),
    ).toMatch(/^\d+\/15$/);
    await page.getByTestId('story-list').screenshot({ path: join(OUT, 'signal-filter-list-light.png') });
    await card.screenshot({ path: join(OUT, 'readiness-signals-light.png') });
  });

  it('drops a story from the filtered list once its trade-off is written, and readiness rises', async () => {
    const { page } = app;
    const total = page.getByTestId('readiness-total').locator('.readiness-number');
    const before = Number(await total.innerText());
    await typeInSection(page, 'action', ` ${CHOICE}`);
    await expect.poll(listedTitles).toEqual(['Feature backfill']);
    await expect.poll(async () => Number(await total.innerText())).toBeGreaterThan(before);
    await waitSaved(page);
    const saved = await callApi(app, 'getStory', { id: ids['Ranking pipeline rewrite'] });
    expect(saved.action).toContain(CHOICE);
  });

  it('clears the filter, and looks right in dark', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(listedTitles).toEqual(['Feature backfill', 'Nightly retraining', 'Ranking pipeline rewrite']);
    const dark = await app.open({ colorScheme: 'dark' });
    await waitStoriesReady(dark);
    await dark.getByRole('button', { name: /^Filters/ }).click();
    await dark.getByLabel('Missing signal').selectOption({ label: 'Without influence' });
    // None of the three moves a decision someone else owned.
    await expect
      .poll(async () => (await dark.getByTestId('story-list').locator('.row-title').allInnerTexts()).length)
      .toBe(3);
    await dark
      .getByTestId('story-list')
      .getByRole('button', { name: /Nightly retraining/ })
      .click();
    await dark.locator('section.readiness').getByText('Senior signals').waitFor();
    await dark
      .locator('.story-list-pane, [aria-label="Story list"]')
      .first()
      .screenshot({
        path: join(OUT, 'signal-filter-list-dark.png'),
      });
    await dark.locator('section.readiness').screenshot({ path: join(OUT, 'readiness-signals-dark.png') });
  });

  it('logged no console errors', () => {
    expect(app.errors).toEqual([]);
  });
});
