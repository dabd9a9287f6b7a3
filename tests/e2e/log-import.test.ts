// Importing an interview log CSV in the Companies view, in real Chromium through the web bridge, with real
// files on disk: a file with a bad row shows each error by row, column and value and adds nothing; the good
// file shows the rounds it would add, imports them, and the companies appear with their timeline. A second
// import of the same file adds nothing. axe-core and screenshots along the way.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportInterviewLogCsv } from '#shared/interchange/interview-log-csv';
import { launchApp, type AppUnderTest } from './harness';
import { callApi, openView, screenshot, seedPlanningBank, seriousViolations } from './planning-helpers';

describe('importing an interview log CSV in the Companies view', () => {
  let app: AppUnderTest;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'storybank-log-csv-'));
  const good = join(dir, 'interview-log.csv');
  const bad = join(dir, 'interview-log-edited.csv');

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1440, height: 900 } });
    const ids = await seedPlanningBank(app);
    const loop = await callApi(app, 'createLoop', {
      company: 'Orbit Labs',
      role: 'Staff ML engineer',
      frameworkId: 'senior-ml-engineer',
      rounds: [{ name: 'Phone screen', focus: [], storyIds: [ids.get('Owned the fraud model end to end')!] }],
    });
    const draft = await callApi(app, 'draftInterview', {
      loopId: loop.id,
      roundId: loop.rounds[0].id,
      today: '2026-02-03',
    });
    const made = [
      await callApi(app, 'createInterview', { ...draft, rating: 4, outcome: 'passed' }),
      await callApi(app, 'createInterview', {
        ...draft,
        company: 'Kestrel AI',
        roundName: 'Hiring manager',
        date: '2026-02-10',
        questions: [{ text: 'Tell me about a model you owned end to end.', rating: 3 }],
      }),
    ];
    // The log as "Export the log" writes it, then the entries are removed: the file brings them home.
    const { file } = await callApi(app, 'exportInterviewLog', { format: 'csv' });
    if (file.delivery !== 'download') throw new Error('expected a download');
    const csv = Buffer.from(file.base64, 'base64').toString('utf8');
    writeFileSync(good, csv);
    writeFileSync(bad, csv.replace('2026-02-10', '10/02/2026').replace(',4,passed,', ',7,passed,'));
    for (const e of made) await callApi(app, 'deleteInterview', { id: e.id });
    page = app.page;
    await page.reload();
    await openView(page, 'Companies');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a file with bad rows shows every error by row, column and value, and adds nothing', async () => {
    await page.getByTestId('log-import-file').setInputFiles(bad);
    const panel = page.getByTestId('log-import');
    const errors = panel.getByRole('list', { name: 'Errors in the file' });
    await errors.waitFor();
    const items = await errors.getByRole('listitem').allInnerTexts();
    expect(items).toEqual([
      expect.stringMatching(/^Row 2: .*Rating “7” is not valid \(a whole number from 1 to 5, or empty\)\.$/),
      expect.stringMatching(/^Row \d+: .*Date “10\/02\/2026” is not valid \(write it as YYYY-MM-DD\)\.$/),
    ]);
    expect(await panel.getByRole('alert').first().innerText()).toContain('Nothing has been written.');
    expect(await panel.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.mouse.move(0, 0);
    await screenshot(page, 'log-import-errors-light.png');
    expect((await callApi(app, 'getBank', {})).interviews).toEqual([]);
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => panel.count()).toBe(0);
  });

  it('the exported file previews its rounds, imports them, and the companies show their timelines', async () => {
    await page.getByTestId('log-import-file').setInputFiles(good);
    const panel = page.getByTestId('log-import');
    const table = panel.getByRole('table');
    await table.waitFor();
    expect(await table.locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/^2\s+Orbit Labs\s+Phone screen\s+2026-02-03\s+new$/),
      expect.stringMatching(/^\d+\s+Kestrel AI\s+Hiring manager\s+2026-02-10\s+new$/),
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'log-import-preview-light.png');
    await panel.getByRole('button', { name: 'Import 2 rounds' }).click();
    const message = page.getByTestId('companies-message');
    await expect.poll(() => message.innerText()).toBe('Imported 2 rounds from interview-log.csv.');
    expect(await panel.count()).toBe(0);
    await expect.poll(() => page.getByText('Kestrel AI').count()).toBeGreaterThan(0);
    expect(await page.locator('.companies-layout').innerText()).toContain('Orbit Labs');
    expect((await callApi(app, 'getBank', {})).interviews.map((e) => e.company).sort()).toEqual([
      'Kestrel AI',
      'Orbit Labs',
    ]);
    await page.mouse.move(0, 0);
    await screenshot(page, 'log-import-done-light.png');
  });

  it('a long log previews its first 200 rounds in a scrolling table and counts the rest', async () => {
    const [entry] = (await callApi(app, 'getBank', {})).interviews;
    const entries = Array.from({ length: 250 }, (_, i) => ({
      ...entry,
      id: `int_long${i}`,
      company: `Company ${i + 1}`,
      date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    }));
    const long = join(dir, 'interview-log-long.csv');
    writeFileSync(long, exportInterviewLogCsv(entries));
    await page.getByTestId('log-import-file').setInputFiles(long);
    const panel = page.getByTestId('log-import');
    const table = panel.getByRole('table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(200);
    expect(await panel.innerText()).toContain('…and 50 more rounds.');
    // The table scrolls inside the panel: the Import button stays within one screen of the toolbar.
    const button = await panel.getByRole('button', { name: 'Import 250 rounds' }).boundingBox();
    expect(button!.y).toBeLessThan(900);
    await panel.getByRole('button', { name: 'Cancel' }).click();
    expect((await callApi(app, 'getBank', {})).interviews).toHaveLength(2);
  });

  it('importing the same file again adds nothing and says so', async () => {
    await page.getByTestId('log-import-file').setInputFiles(good);
    const panel = page.getByTestId('log-import');
    await panel.getByText('Your log already has every round in this file; there is nothing to add.').waitFor();
    expect(await panel.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    await panel.getByRole('button', { name: 'Close' }).click();
    expect((await callApi(app, 'getBank', {})).interviews).toHaveLength(2);
    expect(app.errors).toEqual([]);
  });
});
