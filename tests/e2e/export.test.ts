// Import & export in real headless Chromium through the web bridge: the story sheet arrives as a download and
// LibreOffice renders it on one page; the preview names what the planner shortened; Markdown and CSV exported from the
// UI import back through the Import section into the same stories; bad files are refused by row and field; axe-core
// finds nothing serious in either theme.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Story, StoryFields } from '#shared/domain/schemas';
import { convertToPdf, pageCount, pdfText } from '../main/export/libreoffice';
import { ARTIFACTS_DIR, launchApp, ROOT, type AppUnderTest } from './harness';
import { callApi } from './stories-helpers';

const SHOTS = join(ARTIFACTS_DIR, 'screenshots');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

const STORIES: Partial<StoryFields>[] = [
  {
    title: 'Cut ranking latency so search could ship',
    status: 'ready',
    competencies: ['ml.ownership', 'ml.technical-depth'],
    situation:
      'Our new transformer ranker beat the old model offline, but p99 latency was 310 ms against a 120 ms budget.',
    task: 'I owned getting the model under budget within one quarter.',
    action:
      'I profiled the serving path, moved heavy features into a cache and distilled the ranker into a 6-layer student.',
    result: 'p99 latency went from 310 ms to 95 ms and click-through rose 4.2%, worth about $3.1M a year.',
    reflection: 'I put a latency budget in the design doc before any model work starts.',
  },
  {
    title: 'Rebuilt the fraud pipeline after a silent data bug',
    status: 'ready',
    competencies: ['ml.production-reliability'],
    situation: 'Fraud losses had crept up 18% over two months while every dashboard looked green.',
    task: 'Find out why, and catch the next data problem within a day.',
    action: 'I traced the drift to a join that dropped chargebacks and wrote data contracts for 14 upstream tables.',
    result: 'Losses fell from $420k to $260k per month and the contracts caught 3 more breaks.',
    reflection: 'Green dashboards measured the model, not the data.',
  },
  {
    title: 'Convinced three teams to share one feature store',
    status: 'ready',
    competencies: ['ml.collaboration', 'ml.leadership'],
    situation: 'Three product teams kept their own copies of user features; 40% were duplicated.',
    task: 'I had no authority over the other teams but wanted one store all three would adopt.',
    action: 'I ran a two-week spike serving 25 shared features and migrated each team’s top model myself.',
    result: 'All 3 teams migrated within 2 quarters and storage costs dropped 35%.',
    reflection: 'Doing the first migration for each team mattered more than the RFC.',
  },
  {
    title: 'Grew two junior engineers into model owners',
    status: 'draft',
    competencies: ['ml.mentoring'],
    situation: 'The team doubled from 4 to 8 engineers and only I could debug training jobs.',
    task: 'Two more people had to own a model end to end before my leave.',
    action: 'I wrote a runbook and paired an hour a week with each of them.',
    result: 'Both owned a model within 3 months; pages to me fell 70%.',
    reflection: 'Reviewing instead of authoring was the hard part.',
  },
];

const LONG: Partial<StoryFields> = {
  title: 'Led the migration of every batch job to the new scheduler',
  status: 'ready',
  competencies: ['ml.ownership'],
  situation:
    'We ran 400 nightly batch jobs on a scheduler nobody maintained any more, and failures went unnoticed for days. '
      .repeat(6)
      .trim(),
  task: 'I was asked to move every job to the new scheduler without missing a single nightly run. '.repeat(5).trim(),
  action:
    'I grouped the jobs by owner, wrote a compatibility layer, migrated them in waves of 40 and paired with each owning team on their first wave. '
      .repeat(12)
      .trim(),
  result:
    'All 400 jobs moved in 9 weeks with zero missed runs, and failed jobs are now noticed within 15 minutes instead of 3 days. '
      .repeat(4)
      .trim(),
  reflection: 'Waves with a named owner each beat one big cut-over. '.repeat(5).trim(),
};

/** The editable fields, for comparing stories before and after a round trip. */
function editable(s: Story): StoryFields {
  return {
    title: s.title,
    project: s.project,
    role: s.role,
    situation: s.situation,
    task: s.task,
    action: s.action,
    result: s.result,
    reflection: s.reflection,
    competencies: s.competencies,
    stages: s.stages,
    companies: s.companies,
    status: s.status,
    notes: s.notes,
  };
}
const byTitle = (a: StoryFields, b: StoryFields) => a.title.localeCompare(b.title);

async function openExport(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Export' }).click();
  await page.getByRole('heading', { level: 2, name: 'Export your stories' }).waitFor();
}

/** Clicks the export button and returns the download with its bytes. */
async function exportDownload(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await download.path();
  return { download, bytes: readFileSync(path) };
}

/** The whole view: the app scrolls inside <main>, so the window is made tall enough for everything first. */
async function shot(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.querySelector('main')!.scrollHeight);
  const before = page.viewportSize()!;
  await page.setViewportSize({ width: before.width, height: Math.max(before.height, height + 40) });
  await page.screenshot({ path: join(SHOTS, name) });
  await page.setViewportSize(before);
}

/** axe must be in the page before it loads: the CSP (script-src 'self') refuses a script tag added afterwards. */
async function seriousViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object,
          ): Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

describe('Import & export in real Chromium', () => {
  let app: AppUnderTest;
  let originals: StoryFields[] = [];
  const files: Record<string, string> = {};

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await launchApp({ viewport: { width: 1440, height: 1000 } });
    await callApi(app, 'updateProfile', { name: 'Dana Whitfield', targetRole: 'Senior ML Engineer' });
    for (const fields of [...STORIES, LONG]) await callApi(app, 'createStory', { fields });
    originals = (await callApi(app, 'getBank', {})).stories
      .filter((s) => !s.deletedAt)
      .map(editable)
      .sort(byTitle);
    await app.page.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('exports the story sheet as a download that LibreOffice renders on exactly one page, with every title', async () => {
    const { page } = app;
    await openExport(page);
    await page.getByTestId('sheet-preview').waitFor();
    await page.getByRole('textbox', { name: 'Company' }).fill('Northwind Robotics');
    await expect.poll(() => page.locator('.sheet-mock-subline').innerText()).toContain('Northwind Robotics');
    await page.getByRole('radio', { name: 'US Letter' }).check();
    await expect.poll(() => page.locator('.sheet-mock-paper').textContent()).toContain('US Letter');
    const { download, bytes } = await exportDownload(page, 'Export story sheet');
    expect(download.suggestedFilename()).toMatch(/^story-sheet-northwind-robotics-\d{4}-\d{2}-\d{2}\.docx$/);
    await expect.poll(() => page.getByTestId('export-result').innerText()).toContain(download.suggestedFilename());
    expect(await page.getByTestId('export-result').innerText()).toMatch(/Downloaded .* \(4 stories, \d+ KB\)/);

    const pdf = convertToPdf([{ name: 'e2e-sheet', docx: bytes }]).get('e2e-sheet')!;
    expect(pageCount(pdf)).toBe(1);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    const ready = [...STORIES, LONG].filter((s) => s.status === 'ready');
    for (const s of ready) expect(text).toContain(s.title);
    expect(text).not.toContain('Grew two junior engineers'); // a draft: not on the ready sheet
    expect(text).toContain('Northwind Robotics');
    await shot(page, 'export-sheet-light.png');
    expect(app.errors).toEqual([]);
  });

  it('lets the user choose the stories, and the preview lists a long story as shortened', async () => {
    const { page } = app;
    await page.getByRole('radio', { name: 'Choose stories…' }).check();
    const list = page.getByRole('list', { name: 'Stories to export' });
    await list.waitFor();
    await page.getByRole('button', { name: 'None', exact: true }).click();
    await list.getByRole('checkbox', { name: /Led the migration/ }).check();
    await list.getByRole('checkbox', { name: /Grew two junior engineers/ }).check();
    const longRow = page.getByTestId('preview-story').filter({ hasText: 'Led the migration of every batch job' });
    await expect.poll(() => longRow.innerText(), { timeout: 10_000 }).toMatch(/Shortened/);
    const text = await longRow.innerText();
    expect(text).toMatch(/Action: [\d,]+ of [\d,]+ characters/);
    await expect.poll(() => page.getByTestId('preview-story').count()).toBe(2);
    // The draft chosen by hand is on the sheet too.
    expect(await page.getByTestId('sheet-preview').innerText()).toContain(
      'Grew two junior engineers into model owners',
    );
    await shot(page, 'export-preview-light.png');
  });

  it('exports Markdown and CSV from the UI, and both import back through the Import section into the same stories', async () => {
    const { page } = app;
    for (const [label, button, ext] of [
      ['Markdown', 'Export markdown', 'md'],
      ['CSV', 'Export csv', 'csv'],
    ] as const) {
      await page.getByRole('radio', { name: new RegExp(`^${label}`) }).check();
      await page.getByRole('radio', { name: /^All stories/ }).check();
      const { download, bytes } = await exportDownload(page, button);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^storybank-stories-.*\\.${ext}$`));
      files[ext] = join(ARTIFACTS_DIR, `e2e-export.${ext}`);
      writeFileSync(files[ext], bytes);
    }

    for (const ext of ['md', 'csv']) {
      // Empty the bank, then import the file through the UI.
      const stories = (await callApi(app, 'getBank', {})).stories.filter((s) => !s.deletedAt);
      for (const s of stories) await callApi(app, 'deleteStory', { id: s.id });
      await callApi(app, 'purgeStories', {});
      await page.reload();
      await openExport(page);
      await page.getByTestId('import-file').setInputFiles(files[ext]);
      const preview = page.getByTestId('import-preview');
      await preview.waitFor();
      expect(await preview.innerText()).toContain(`${originals.length} stories read`);
      for (const s of originals) expect(await preview.innerText()).toContain(s.title);
      expect(await page.getByTestId('import-problems').count()).toBe(0);
      await page.getByRole('button', { name: `Import ${originals.length} stories` }).click();
      await expect
        .poll(() => page.getByTestId('import-result').innerText())
        .toContain(`Imported ${originals.length} stories`);
      const back = (await callApi(app, 'getBank', {})).stories
        .filter((s) => !s.deletedAt)
        .map(editable)
        .sort(byTitle);
      expect(back, ext).toEqual(originals);
    }
    await shot(page, 'export-imported-light.png');
    expect(app.errors).toEqual([]);
  });

  it('exports one loop in round order, and the story book with its readiness appendix', async () => {
    const { page } = app;
    const stories = (await callApi(app, 'getBank', {})).stories.filter((s) => !s.deletedAt);
    const id = (start: string) => stories.find((s) => s.title.startsWith(start))!.id;
    await callApi(app, 'createLoop', {
      company: 'Acme Robotics',
      role: 'Staff MLE',
      frameworkId: 'senior-ml-engineer',
      date: '2026-06-01',
      rounds: [
        { name: 'Hiring manager', focus: [], storyIds: [id('Convinced three teams')] },
        { name: 'Deep dive', focus: [], storyIds: [id('Cut ranking latency'), id('Rebuilt the fraud')] },
      ],
    });
    await page.reload();
    await openExport(page);
    await page.getByRole('radio', { name: 'Story sheet' }).check();
    await page.getByRole('radio', { name: 'One interview loop' }).check();
    expect(await page.getByRole('textbox', { name: 'Company' }).inputValue()).toBe('Acme Robotics');
    await expect.poll(() => page.getByTestId('sheet-preview').innerText()).toContain('round → story map');
    const order = await page.getByTestId('preview-story').locator('.preview-story-title').allInnerTexts();
    expect(new Set(order)).toEqual(
      new Set([
        'Convinced three teams to share one feature store',
        'Cut ranking latency so search could ship',
        'Rebuilt the fraud pipeline after a silent data bug',
      ]),
    );
    const sheet = await exportDownload(page, 'Export story sheet');
    expect(sheet.download.suggestedFilename()).toMatch(/^story-sheet-acme-robotics-/);
    const sheetText = (await mammoth.extractRawText({ buffer: sheet.bytes })).value;
    expect(sheetText.indexOf('Convinced three teams')).toBeLessThan(sheetText.indexOf('Cut ranking latency'));
    expect(sheetText).toContain('Hiring manager');

    await page.getByRole('radio', { name: 'Story book' }).check();
    await page.getByRole('checkbox', { name: /readiness appendix/ }).check();
    const book = await exportDownload(page, 'Export story book');
    const bookText = (await mammoth.extractRawText({ buffer: book.bytes })).value;
    expect(bookText).toContain('Appendix: readiness');
    expect(bookText).toContain('Green dashboards measured the model, not the data.');
    expect(bookText).not.toContain('Grew two junior engineers'); // not in the loop
  });

  it('shows the problem by row and field for a bad CSV and imports nothing', async () => {
    const { page } = app;
    const before = (await callApi(app, 'getBank', {})).stories.filter((s) => !s.deletedAt).length;
    const csv = `Title,Situation,Favourite colour\nA fine story,It went well.,blue\n${'T'.repeat(260)},Too long a title.,red\n`;
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'matrix.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const text = await problems.innerText();
    expect(text).toMatch(/Error · Row 3 · Title/);
    expect(text).toMatch(/too long/i);
    expect(text).toMatch(/Favourite colour/); // the unknown column, as a warning
    expect(await page.getByRole('button', { name: /^Import \d+ stor/ }).isDisabled()).toBe(true);
    expect(await page.locator('.import-blocked').innerText()).toContain('Nothing has been written');
    await shot(page, 'export-import-problems-light.png');
    expect((await callApi(app, 'getBank', {})).stories.filter((s) => !s.deletedAt).length).toBe(before);
  });

  it('refuses a binary file with a clear message and imports nothing', async () => {
    const { page } = app;
    const before = (await callApi(app, 'getBank', {})).stories.filter((s) => !s.deletedAt).length;
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    await page.getByTestId('import-file').setInputFiles({ name: 'stories.csv', mimeType: 'text/csv', buffer: png });
    await expect
      .poll(() => page.getByTestId('import-error').innerText())
      .toMatch(/binary file .* Nothing was imported\./);
    expect(await page.getByTestId('import-preview').count()).toBe(0);
    expect((await callApi(app, 'getBank', {})).stories.filter((s) => !s.deletedAt).length).toBe(before);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations in the ${scheme} theme (sheet preview and import preview shown)`, async () => {
      if (scheme === 'light') await app.context.addInitScript({ path: AXE });
      const page = await app.open({ colorScheme: scheme });
      await openExport(page);
      await page.getByTestId('sheet-preview').waitFor();
      await page.getByTestId('import-file').setInputFiles(files['csv']);
      await page.getByTestId('import-preview').waitFor();
      await page.waitForTimeout(300);
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, `export-panels-${scheme}.png`);
      await page.close();
    });
  }
});
