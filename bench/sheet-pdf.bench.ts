// The story sheet's PDF in real Chromium, through the web bridge: 30 maximum-length stories, from the click on
// "Save as PDF" to the print view on the page (plan over the API + render), and Chromium printing it (page.pdf),
// against the 1 s.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchApp, RENDERER_DIR, ROOT } from '../tests/e2e/harness';
import { callApi } from '../tests/e2e/stories-helpers';
import { maxStories } from '../tests/shared/sheet/sample-stories';
import { summarize, type BenchRecorder } from './lib';

export default async function run(r: BenchRecorder): Promise<void> {
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: ROOT,
      stdio: 'ignore',
    });
  const app = await launchApp({ viewport: { width: 1360, height: 900 } });
  try {
    for (const s of maxStories(30)) {
      const { id: _id, createdAt: _c, updatedAt: _u, rehearsals: _r, ...fields } = s;
      await callApi(app, 'createStory', { fields: { ...fields, status: 'ready' } });
    }
    const { page } = app;
    await page.reload();
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { printedAt: number }).printedAt = performance.now();
      };
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Export' }).click();
    await page.getByRole('heading', { level: 2, name: 'Export your stories' }).waitFor();
    await page.getByTestId('sheet-preview').waitFor();
    const views: number[] = [];
    const prints: number[] = [];
    const totals: number[] = [];
    for (let i = 0; i < 8; i++) {
      const clickedAt = await page.evaluate(() => {
        (window as unknown as { printedAt?: number }).printedAt = undefined;
        window.dispatchEvent(new Event('afterprint')); // take the last print view down
        return performance.now();
      });
      await page.getByRole('button', { name: 'Save as PDF' }).click();
      await page.waitForFunction(() => (window as unknown as { printedAt?: number }).printedAt !== undefined);
      const printedAt = await page.evaluate(() => (window as unknown as { printedAt: number }).printedAt);
      const start = performance.now();
      await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const pdfMs = performance.now() - start;
      views.push(printedAt - clickedAt);
      prints.push(pdfMs);
      totals.push(printedAt - clickedAt + pdfMs);
    }
    r.record({
      id: 'export.sheetpdf30max.total',
      label: 'story sheet PDF, 30 max-length stories: click → print view → Chromium PDF (median)',
      value: summarize(totals.slice(2)).median,
      unit: 'ms',
      target: { max: 1000 },
    });
    r.record({
      id: 'export.sheetpdf30max.view',
      label: '  of which planning over the API and drawing the print view (median)',
      value: summarize(views.slice(2)).median,
      unit: 'ms',
    });
    r.record({
      id: 'export.sheetpdf30max.pdf',
      label: '  of which Chromium printing the page to PDF (median)',
      value: summarize(prints.slice(2)).median,
      unit: 'ms',
    });
  } finally {
    await app.close();
  }
}
