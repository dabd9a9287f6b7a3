// The coverage matrix in real Chromium: gaps highlighted, a cell opens its stories, CSV export
// downloads the matrix, the stages view, axe-core in light and dark, and screenshots.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type AppUnderTest } from './harness';
import { openView, screenshot, seedPlanningBank, seriousViolations } from './planning-helpers';

describe('the coverage matrix in real Chromium', () => {
  let app: AppUnderTest;
  let page: Page;
  let shownReadiness = '';

  beforeAll(async () => {
    app = await launchApp();
    await seedPlanningBank(app);
    page = app.page;
    await page.reload();
    await openView(page, 'Coverage');
    await page.getByTestId('coverage-headline').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('highlights competencies with fewer than two ready stories as gaps', async () => {
    // Seeded: leadership and technical depth have two ready stories each; ambiguity only a draft.
    expect(await page.getByTestId('coverage-row-ml.leadership').getAttribute('class')).toBeNull();
    expect(await page.getByTestId('coverage-row-ml.technical-depth').getAttribute('class')).toBeNull();
    expect(await page.getByTestId('coverage-row-ml.ambiguity').getAttribute('class')).toBe('is-gap');
    expect(await page.getByTestId('coverage-row-ml.impact').getAttribute('class')).toBe('is-gap');
    expect(await page.getByTestId('coverage-headline').innerText()).toMatch(
      /2 of 12\s+competencies have at least 2 ready stories · 10 gaps/,
    );
  });

  it('keeps Export CSV beside the view toggle at 1280 wide, not alone on a line of its own', async () => {
    const before = page.viewportSize()!;
    await page.setViewportSize({ width: 1280, height: 800 });
    const toggle = (await page.getByRole('button', { name: 'Signals' }).boundingBox())!;
    const csv = (await page.getByRole('button', { name: 'Export CSV' }).boundingBox())!;
    expect(Math.abs(toggle.y + toggle.height / 2 - (csv.y + csv.height / 2))).toBeLessThan(4);
    expect(csv.x).toBeGreaterThan(toggle.x);
    expect(csv.x - (toggle.x + toggle.width)).toBeLessThan(40);
    await page.setViewportSize(before);
  });

  it('opens a cell with the keyboard to list its stories, and opens one in Stories', async () => {
    const cell = page.getByRole('button', {
      name: /^Ambiguity:\s*1\s*story.*0 ready · 1 draft.*Gap.*2 more ready stories needed/,
    });
    await cell.focus();
    await page.keyboard.press('Enter');
    const detail = page.getByTestId('cell-detail');
    await detail.waitFor();
    expect(await detail.innerText()).toContain('Made sense of messy churn data');
    expect(await detail.innerText()).toContain('Finishing the draft below is the quickest fix.');
    shownReadiness = /readiness (\d+)/.exec(await detail.innerText())?.[1] ?? '';
    expect(shownReadiness).not.toBe('');
    await page.mouse.move(0, 0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'coverage-light.png');
    await detail.getByRole('button', { name: 'Open Made sense of messy churn data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stories' }).waitFor();
    await openView(page, 'Coverage');
  });

  it("shows a story column's full title on keyboard focus, and opens the story from its header", async () => {
    const header = page.getByRole('button', { name: 'Open Explained model uncertainty to finance' });
    await header.focus();
    const tip = header.locator('.coverage-story-tip');
    await tip.waitFor();
    expect(await tip.innerText()).toMatch(/^Explained model uncertainty to finance\s+ready · readiness \d+$/);
    // The rotated label has two lines: a title of this length shows whole, in both of them (one line
    // cut it after about 24 characters, "Explained model uncerta…").
    const label = header.locator('.coverage-story-label');
    const fit = await label.evaluate((el) => ({
      whole: el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth,
      lines: Math.round(el.getBoundingClientRect().width / parseFloat(getComputedStyle(el).lineHeight)),
      columnWidth: el.closest('th')!.getBoundingClientRect().width,
      width: el.getBoundingClientRect().width,
    }));
    expect(fit.whole).toBe(true);
    expect(fit.lines).toBe(2);
    expect(fit.width).toBeLessThanOrEqual(fit.columnWidth);
    await screenshot(page, 'coverage-header-tip-light.png');
    await header.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Stories' }).waitFor();
    await openView(page, 'Coverage');
    await page.getByTestId('coverage-headline').waitFor();
  });

  it('exports the matrix as a CSV download with the right content', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^coverage-senior-ml-engineer-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^Story,Status,Readiness,Leadership,Ownership end to end,Impact,/);
    expect(lines.find((l) => l.startsWith('Led the feature store migration,ready,'))).toBeDefined();
    // One readiness everywhere: the server's CSV says what the screen said (the analyzer's score).
    expect(lines.find((l) => l.startsWith('Made sense of messy churn data,draft,'))?.split(',')[2]).toBe(
      shownReadiness,
    );
    expect(lines.find((l) => l.startsWith('Ready stories,'))).toMatch(/^Ready stories,,,2,1,1,0,/);
    expect(lines.at(-1)).toMatch(/^Gap \(fewer than 2 ready\),,,,gap,gap,gap,/);
  });

  it('switches to the stages view and back', async () => {
    await page.getByRole('button', { name: 'Stages', exact: true }).click();
    await page.getByTestId('coverage-row-ml-system-design').waitFor();
    expect(await page.getByTestId('coverage-headline').innerText()).toContain('stages have at least 2 ready stories');
    await page.getByRole('button', { name: 'Competencies', exact: true }).click();
    await page.getByTestId('coverage-row-ml.leadership').waitFor();
  });

  it('has no serious accessibility violations in dark mode either', async () => {
    const dark = await app.open({ colorScheme: 'dark' });
    await openView(dark, 'Coverage');
    await dark.getByTestId('coverage-headline').waitFor();
    await dark.getByRole('button', { name: /^Impact:/ }).click();
    await dark.getByTestId('cell-detail').waitFor();
    await dark.mouse.move(0, 0);
    expect(await seriousViolations(dark)).toEqual([]);
    await screenshot(dark, 'coverage-dark.png');
    await dark.close();
    expect(app.errors).toEqual([]);
  });
});
