// "Save as PDF" in real headless Chromium through the web bridge: the Export view puts the sheet's print view on the
// page and opens the print dialog (stubbed here); Chromium prints the page (page.pdf, print media, CSS page size) and
// poppler checks the PDF: exactly one page for 1, 5, 12, 16 and 30 stories of maximum length on A4 and US Letter,
// with every story title and every key number of every story, or the number named as left out in the plan's report;
// and a bank too big for the smallest readable size is printed without the stories that did not fit, which the
// Export view names.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PaperSize } from '#shared/sheet/page-geometry';
import { pageCount, pageImage, pdfText } from '../main/export/libreoffice';
import { maxStories, sampleStories, unicodeStory } from '../shared/sheet/sample-stories';
import { keyNumberCount, keyNumbersLost, normalizePageText } from '../shared/sheet/sheet-page-checks';
import { ARTIFACTS_DIR, launchApp, withPrintMedia, type AppUnderTest } from './harness';
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
  const sampleIds: string[] = [];

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
      it(`${n} max-length ${n === 1 ? 'story' : 'stories'} on ${paper}: one page with every title and key number, or the number named as left out`, async () => {
        const page = await chooseReady(app, maxIds, n, paper);
        const path = await saveAsPdf(page, n, paper, `max-${n}-${paper}`);
        expect(pageCount(path)).toBe(1);
        const text = normalizePageText(pdfText(path));
        const planned = await call(app, 'planStorySheet', { scope: { kind: 'ready' }, paper });
        expect(planned.report.omittedStories).toEqual([]);
        expect(planned.layout.stories).toHaveLength(n);
        const written = maxStories(30);
        for (const story of planned.layout.stories) {
          expect(text, story.id).toContain(normalizePageText(story.title));
          for (const number of story.numbers)
            expect(text, `${story.id} ${number}`).toContain(normalizePageText(number));
          // Every key number of the story is on the page, or the report names it as left out.
          const source = { ...written[maxIds.indexOf(story.id)], id: story.id };
          expect(keyNumberCount(source)).toBeGreaterThan(3);
          expect(keyNumbersLost(source, { stories: planned.layout.stories, report: planned.report }, text)).toEqual([]);
        }
        if (n === 16) pageImage(path, `pdf-sheet-max-16-${paper}`, 100);
        expect(app.errors).toEqual([]);
      });
    }
  }

  it('prints the 6- and 16-story sample sheets on one page of each paper size, with every title', async () => {
    for (const id of maxIds) await callApi(app, 'deleteStory', { id });
    await callApi(app, 'purgeStories', {});
    const ids = sampleIds;
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

  it('prints CJK, right-to-left and accented text in a bold title and in the cues', async () => {
    const story = unicodeStory();
    const hebrew = 'צוות תל אביב';
    const { id } = await callApi(app, 'createStory', {
      fields: { ...fieldsOf(story), title: `${story.title} ${hebrew}`, status: 'ready' },
    });
    const page = await chooseReady(app, [id, ...sampleIds], 1, 'a4'); // only this story is ready
    const path = await saveAsPdf(page, 1, 'a4', 'unicode-a4');
    expect(pageCount(path)).toBe(1);
    const text = normalizePageText(pdfText(path));
    // Fragments only the bold title has (pdftotext may put a fallback font's glyphs on a line of their own).
    for (const fragment of ['Café « Zürich » rollout', '東京 and', '<b>&amp; "quotes"'])
      expect(text, fragment).toContain(fragment);
    for (const fragment of ['東京チーム', '统一两个管道', 'García', '80 ms'])
      expect(text, fragment).toContain(fragment);
    // Hebrew is stored in logical order; pdftotext may give it either way round.
    const reversed = [...hebrew].reverse().join('');
    expect(text.includes(hebrew) || text.includes(reversed), 'Hebrew').toBe(true);
    // The 300-character word breaks inside the card, as planned, instead of running off the page.
    // In print media, reset afterwards even on failure (page.pdf() prints with print media by itself).
    const overflowing = await withPrintMedia(page, () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-testid="sheet-print"] .sp-line')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .map((el) => el.textContent?.slice(0, 40)),
      ),
    );
    expect(overflowing).toEqual([]);
    pageImage(path, 'pdf-sheet-unicode-a4', 100);
    await callApi(app, 'deleteStory', { id });
    expect(app.errors).toEqual([]);
  });

  it('a bank too big for 7 pt prints what fits on one page, and the Export view names the stories left out', async () => {
    // 100 stories on Letter: 87 fit at the smallest readable size (titles and key numbers); 13 do not.
    const ids = [...sampleIds];
    for (const s of sampleStories(100).slice(ids.length))
      ids.push((await callApi(app, 'createStory', { fields: { ...fieldsOf(s), status: 'ready' } })).id);
    expect(ids).toHaveLength(100);
    const page = await chooseReady(app, ids, 100, 'letter');
    const planned = await call(app, 'planStorySheet', { scope: { kind: 'ready' }, paper: 'letter' });
    const left = planned.report.omittedStories;
    expect(left.length).toBeGreaterThan(0);
    expect(planned.layout.tier.body.sizePt).toBe(7);

    const preview = page.getByTestId('sheet-preview');
    await expect
      .poll(() => preview.innerText())
      .toContain(`${100 - left.length} stories fit on one page; ${left.length} did not fit and are left out.`);
    const text = await preview.innerText();
    expect(text).toContain(
      `${left.length} of 100 stories did not fit on one page at the smallest readable size (7 pt) and are left out:`,
    );
    for (const s of left) expect(text).toContain(s.title);
    await expect.poll(() => preview.getByText('Not on the sheet: no room left').count()).toBe(left.length);

    const path = await saveAsPdf(page, 100 - left.length, 'letter', 'too-many-letter');
    expect(pageCount(path)).toBe(1);
    const pdf = normalizePageText(pdfText(path));
    for (const story of planned.layout.stories) expect(pdf).toContain(normalizePageText(story.title));
    for (const s of left) expect(pdf).not.toContain(s.title);
    expect(pdf).toContain(`${100 - left.length} of 100 stories`); // the header counts what is on the page
    pageImage(path, 'pdf-sheet-too-many-letter', 100);
    expect(app.errors).toEqual([]);
  });
});
