// "Save as PDF" in real headless Chromium through the web bridge: the Export view puts the sheet's print view on the
// page and opens the print dialog (stubbed here); Chromium prints the page (page.pdf, print media, CSS page size) and
// poppler checks the PDF: exactly one page for 1, 5, 12, 16 and 30 stories of maximum length on A4 and US Letter,
// with every story title and every key number the plan printed, and the numbers it left out named in its report.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PaperSize } from '#shared/sheet/page-geometry';
import { pageCount, pageImage, pdfText } from '../main/export/libreoffice';
import { maxStories, sampleStories } from '../shared/sheet/sample-stories';
import { ARTIFACTS_DIR, launchApp, type AppUnderTest } from './harness';
import { callApi } from './stories-helpers';

const SIZES = [1, 5, 12, 16, 30];
const PDF_DIR = join(ARTIFACTS_DIR, 'sheet-pdf');

type StoryInput = ReturnType<typeof maxStories>[number];
const fieldsOf = (s: StoryInput) => ({
  title: s.title,
  project: s.project,
  role: s.role,
  situation: s.situation,
  task: s.task,
  action: s.action,
  result: s.result,
  reflection: s.reflection,
  competencies: s.competencies,
  status: 'draft' as const,
});

/**
 * callApi, tried once more when the connection was dropped: after a long print the bridge may close the idle
 * keep-alive socket just as fetch reuses it ("other side closed"); the calls here are idempotent updates.
 */
async function call<C extends Parameters<typeof callApi>[1]>(
  app: AppUnderTest,
  channel: C,
  request: Parameters<typeof callApi<C>>[2],
) {
  try {
    return await callApi(app, channel, request);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return callApi(app, channel, request);
  }
}

/** Marks the first `n` of `ids` ready and the rest draft, and reloads, so the Export view's default scope is them. */
async function chooseReady(app: AppUnderTest, ids: string[], n: number, paper: PaperSize): Promise<Page> {
  for (const [i, id] of ids.entries())
    await call(app, 'updateStory', { id, fields: { status: i < n ? 'ready' : 'draft' } });
  await call(app, 'updateSettings', { paperSize: paper });
  const { page } = app;
  await page.reload();
  // The print dialog cannot be driven headless: count the calls instead; the test prints the page itself.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Export' }).click();
  await page.getByRole('heading', { level: 2, name: 'Export your stories' }).waitFor();
  return page;
}

/** Clicks "Save as PDF", waits for the print view and the print call, and prints the page as Chromium would. */
async function saveAsPdf(page: Page, n: number, paper: PaperSize, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await page
    .locator(`[data-testid="sheet-print"][data-paper="${paper}"][data-stories="${n}"]`)
    .waitFor({ state: 'attached' });
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  expect(await page.getByTestId('export-result').innerText()).toContain('print dialog');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const path = join(PDF_DIR, `${name}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

describe('Save as PDF: the print view in real Chromium', () => {
  let app: AppUnderTest;
  const maxIds: string[] = [];

  beforeAll(async () => {
    mkdirSync(PDF_DIR, { recursive: true });
    app = await launchApp({ viewport: { width: 1360, height: 900 } });
    await callApi(app, 'updateProfile', { name: 'Dana Whitfield', targetRole: 'Senior ML Engineer' });
    for (const s of maxStories(30)) maxIds.push((await callApi(app, 'createStory', { fields: fieldsOf(s) })).id);
  }, 240_000);
  afterAll(async () => {
    await app?.close();
  });

  for (const paper of ['a4', 'letter'] as const) {
    for (const n of SIZES) {
      it(`${n} max-length ${n === 1 ? 'story' : 'stories'} on ${paper}: one page with every title and planned key number`, async () => {
        const page = await chooseReady(app, maxIds, n, paper);
        const path = await saveAsPdf(page, n, paper, `max-${n}-${paper}`);
        expect(pageCount(path)).toBe(1);
        const text = pdfText(path).replace(/\s+/g, ' ');
        const planned = await call(app, 'planStorySheet', { scope: { kind: 'ready' }, paper });
        expect(planned.report.omittedStories).toEqual([]);
        for (const story of planned.layout.stories) {
          expect(text, story.id).toContain(story.title.replace(/\s+/g, ' '));
          for (const number of story.numbers) expect(text, `${story.id} ${number}`).toContain(number);
          // What did not fit is named in the report, never dropped silently.
          const report = planned.report.stories.find((s) => s.id === story.id)!;
          const numbers = report.fields.find((f) => f.field === 'numbers')!;
          if (numbers.status !== 'full') expect(numbers.omittedValues?.length ?? 0).toBeGreaterThan(0);
        }
        if (n === 16) pageImage(path, `pdf-sheet-max-16-${paper}`, 100);
        expect(app.errors).toEqual([]);
      });
    }
  }

  it('prints the 6- and 16-story sample sheets on one page of each paper size, with every title', async () => {
    for (const id of maxIds) await callApi(app, 'deleteStory', { id });
    await callApi(app, 'purgeStories', {});
    const ids: string[] = [];
    for (const s of sampleStories(16)) ids.push((await callApi(app, 'createStory', { fields: fieldsOf(s) })).id);
    for (const paper of ['a4', 'letter'] as const) {
      for (const n of [6, 16]) {
        const page = await chooseReady(app, ids, n, paper);
        const path = await saveAsPdf(page, n, paper, `sample-${n}-${paper}`);
        expect(pageCount(path)).toBe(1);
        const text = pdfText(path).replace(/\s+/g, ' ');
        const planned = await call(app, 'planStorySheet', { scope: { kind: 'ready' }, paper });
        for (const story of planned.layout.stories) expect(text).toContain(story.title);
        pageImage(path, `pdf-sheet-${n}-${paper}`, 100);
      }
    }
  });
});
