// The Projects view in real headless Chromium through the web bridge: create a project, link stories,
// mark the deep dive, read the depth map, answer a question in the notes, refuse notes that are too
// long without losing them, rename and delete, and export the one-page deep-dive sheet, which
// LibreOffice must render on exactly one page. Screenshots in light and dark.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertToPdf, pageCount, pdfText } from '../main/export/libreoffice';
import { ARTIFACTS_DIR, launchApp, type AppUnderTest } from './harness';
import { callApi, waitStoriesReady } from './stories-helpers';

const OUT = join(ARTIFACTS_DIR, 'screenshots');

const LAUNCH = {
  title: 'Moved search ranking to a learned model',
  project: 'Search ranking',
  role: 'Senior ML engineer',
  situation:
    'Shoppers could not find products: 30% of searches ended without a click, and the business goal was to raise conversion.',
  task: 'I owned replacing the hand-tuned ranking rules with a learned model within one quarter.',
  action:
    'I built the training set from six months of click logs and labelled purchases as positives. ' +
    'I chose gradient-boosted trees over a neural ranker because the serving budget was 20 ms at p99. ' +
    'I convinced the platform team to let us deploy behind a feature flag with a staged rollout.',
  result:
    'Conversion rose from 3.1% to 3.6%. After launch I set up alerts on feature drift and a weekly retraining job.',
  reflection: 'In hindsight I would have logged impressions from day one.',
};
const INCIDENT = {
  title: 'Rolled back a ranking regression',
  project: '',
  situation: 'A retrained ranking model shipped with a stale feature and conversion dropped overnight.',
  action: 'I rolled back to the previous model within an hour and wrote the post-mortem.',
  result: 'We added a check that blocks a model whose features are older than a day.',
};
const ANSWER = 'One ranking service behind the search API; features cached in Redis, which broke first at 8k QPS.';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();
const layer = (page: Page, id: string) => page.locator(`[data-layer="${id}"]`);

async function shot(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.querySelector('main')!.scrollHeight);
  const before = page.viewportSize()!;
  await page.setViewportSize({ width: before.width, height: Math.max(before.height, height + 40) });
  await page.screenshot({ path: join(OUT, name) });
  await page.setViewportSize(before);
}

describe('Projects view', () => {
  let app: AppUnderTest;
  let incidentId = '';
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    app = await launchApp({ viewport: { width: 1360, height: 900 } });
    await callApi(app, 'createStory', { fields: LAUNCH });
    incidentId = (await callApi(app, 'createStory', { fields: INCIDENT })).id;
    await app.page.reload();
    await waitStoriesReady(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the project stories name, and links another story to it', async () => {
    const { page } = app;
    await nav(page, 'Projects');
    const list = page.getByTestId('project-list');
    await expect.poll(() => list.innerText()).toContain('Search ranking');
    await expect.poll(() => page.locator('#project-title').innerText()).toBe('Search ranking');
    await page.getByText('Add stories').click();
    await page.getByRole('button', { name: `Add “${INCIDENT.title}” to the project` }).click();
    await expect.poll(() => page.getByTestId('linked-stories').innerText()).toContain(INCIDENT.title);
    await expect.poll(async () => (await callApi(app, 'getStory', { id: incidentId })).project).toBe('Search ranking');
    expect(await list.innerText()).toContain('2 stories');
  });

  it('marks the deep dive and shows the depth map with evidence, signals and thin layers', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '☆ Make this my deep dive' }).click();
    await expect.poll(() => page.getByTestId('project-list').locator('.deep-dive-star').count()).toBe(1);
    const monitoring = layer(page, 'monitoring');
    expect(await monitoring.getAttribute('class')).toContain('is-covered');
    expect(await monitoring.locator('.layer-evidence').innerText()).toContain(
      'After launch I set up alerts on feature drift',
    );
    expect(await monitoring.locator('.layer-signals').innerText()).toContain('Ownership after launch');
    // Each quote names its story and section as the editor does ("· Result"), and a question to prepare
    // does not repeat the layer's own description under it.
    expect(await monitoring.locator('.evidence-source').first().innerText()).toMatch(
      / · (Situation|Task|Action|Result|Reflection)$/,
    );
    for (const card of await page.locator('.layer-card').all()) {
      const probes = await card.locator('.layer-probes').innerText();
      expect(
        await card
          .locator('.layer-questions')
          .innerText()
          .catch(() => ''),
      ).not.toContain(probes);
    }
    expect(await layer(page, 'approach').locator('.layer-signals').innerText()).toContain('Trade-off');
    expect(await layer(page, 'system').getAttribute('class')).toContain('is-thin');
    expect(await page.getByTestId('depth-summary').innerText()).toMatch(/^\d of 9 layers covered/);
  });

  it('answers a question in the notes, and the layer counts it', async () => {
    const { page } = app;
    const system = layer(page, 'system');
    const question = system.locator('li', { hasText: 'draw the system' });
    await question.getByRole('button', { name: 'Answer in notes' }).click();
    const notes = system.getByRole('textbox', { name: 'Notes on system design and scale' });
    // The caret is put after "A: ": typing goes straight into the answer.
    await expect.poll(() => notes.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(ANSWER);
    await notes.blur();
    await expect.poll(() => question.innerText()).toContain('✓ Answered in your notes');
    expect(await system.getAttribute('class')).toContain('is-covered');
    // Saved on blur (and after a quiet spell while typing): the bank has it once the save is through.
    await expect
      .poll(async () => (await callApi(app, 'getBank', {})).projects[0].layerNotes['system'])
      .toMatch(/^Q: On Search ranking: draw the system.*\nA: One ranking/);
  });

  it('refuses notes that are too long with a clear message, and keeps every character', async () => {
    const { page } = app;
    const data = layer(page, 'data');
    const notes = data.getByRole('textbox', { name: 'Notes on data' });
    const long = '<b>Click logs</b> & orders. '.repeat(800); // 22,400 characters, with HTML in it
    await notes.fill(long);
    await notes.blur();
    await expect
      .poll(() => data.getByRole('alert').innerText())
      .toMatch(/These notes are 22,400 characters; a layer holds at most 20,000\. Shorten them to save/);
    expect(await notes.inputValue()).toBe(long);
    const bank = await callApi(app, 'getBank', {});
    expect(bank.projects[0].layerNotes['data']).toBeUndefined();
    await notes.fill(long.slice(0, 2_800));
    await notes.blur();
    await expect.poll(() => data.getByRole('alert').count()).toBe(0);
    await expect
      .poll(async () => (await callApi(app, 'getBank', {})).projects[0].layerNotes['data'])
      .toBe(long.slice(0, 2_800));
  });

  it('keeps the New project form and the list in their column at 1440×900 and 1280×720', async () => {
    const page = app.page;
    await nav(page, 'Projects');
    await page.getByTestId('project-detail').waitFor();
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 1280, height: 720 },
    ]) {
      await page.setViewportSize(viewport);
      const edges = await page.evaluate(() => {
        const right = (el: Element | null) => el!.getBoundingClientRect().right;
        const detail = document.querySelector('[data-testid="project-detail"]')!.getBoundingClientRect().left;
        return {
          create: right(document.querySelector('.new-project button')),
          list: Math.max(...[...document.querySelectorAll('.project-item')].map(right)),
          detail,
        };
      });
      // Before: the text field's own width pushed Create 30 px past the column, touching the project's title.
      expect(edges.create, `${viewport.width}`).toBeLessThan(edges.detail - 8);
      expect(edges.list, `${viewport.width}`).toBeLessThan(edges.detail - 8);
    }
    await page.setViewportSize({ width: 1360, height: 900 });
  });

  it('looks right in light and dark', async () => {
    await shot(app.page, 'projects-light.png');
    const dark = await app.open({ colorScheme: 'dark' });
    await waitStoriesReady(dark);
    await nav(dark, 'Projects');
    await layer(dark, 'system').waitFor();
    await shot(dark, 'projects-dark.png');
    await dark.close();
  });

  it('exports the deep-dive sheet, which LibreOffice renders on exactly one page', async () => {
    const { page } = app;
    await expect.poll(() => page.getByTestId('deep-dive-report').innerText()).toMatch(/^Everything fits on one page/);
    await page.getByRole('radio', { name: 'US Letter' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export deep-dive sheet (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^deep-dive-search-ranking-\d{4}-\d{2}-\d{2}\.docx$/);
    await expect.poll(() => page.getByTestId('export-result').innerText()).toContain(download.suggestedFilename());
    const pdf = convertToPdf([{ name: 'e2e-deep-dive', docx: readFileSync(await download.path()) }]).get(
      'e2e-deep-dive',
    )!;
    expect(pageCount(pdf)).toBe(1);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Search ranking');
    expect(text).toContain('3.1% → 3.6%');
    expect(text).toContain('Notes: <b>Click logs</b> & orders.');
    expect(text).toContain('A: One ranking service behind the search API');
  });

  it('creates, renames and deletes projects; HTML in a name is text; stories follow', async () => {
    const { page } = app;
    const name = page.getByRole('textbox', { name: 'New project' });
    await name.fill('x'.repeat(201));
    await page.getByRole('button', { name: 'Create' }).click();
    await expect
      .poll(() => page.locator('.new-project [role="alert"]').innerText())
      .toContain('That name is 201 characters; a project name holds at most 200');
    expect(await name.inputValue()).toHaveLength(201);
    await name.fill('<img src=x onerror=alert(1)>');
    await page.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => page.locator('#project-title').innerText()).toBe('<img src=x onerror=alert(1)>');
    await page.getByRole('button', { name: 'Delete project…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete project' }).click();
    await expect.poll(() => page.getByTestId('project-list').innerText()).not.toContain('<img');

    await page
      .getByTestId('project-list')
      .getByRole('button', { name: /Search ranking/ })
      .click();
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('textbox', { name: 'Project name' }).fill('Search ranking v2');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => page.locator('#project-title').innerText()).toBe('Search ranking v2');
    const stories = (await callApi(app, 'getBank', {})).stories.filter((s) => !s.deletedAt);
    expect(stories.map((s) => s.project).sort()).toEqual(['Search ranking v2', 'Search ranking v2']);
    // The notes and the mark moved with the name.
    expect(await layer(page, 'system').getAttribute('class')).toContain('is-covered');
    expect(await page.getByRole('button', { name: '★ Your deep dive' }).count()).toBe(1);
  });

  it('logged no console errors', () => {
    expect(app.errors).toEqual([]);
  });
});
