// #17.4 in real Chromium through the web bridge: the bank file is cut short after stories were
// written past the last backup; on restart the notice offers to recover what the moved file still
// holds, shows what it would add, and on confirmation the stories appear in the list and on disk,
// while the restored ones are left as they were.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bank } from '#shared/domain/schemas';
import { ARTIFACTS_DIR, launchApp, type AppUnderTest } from './harness';
import { seriousViolations } from './planning-helpers';
import { callApi, waitStoriesReady } from './stories-helpers';

const SHOTS = join(ARTIFACTS_DIR, 'screenshots');

const fields = (title: string) => ({
  title,
  situation: `${title}: our release train slipped two weeks in a row and nobody owned the flaky suite.`,
  result: `${title}: green builds went from 61% to 97% in a month.`,
});

describe('recovering a damaged bank from its notice', () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await launchApp({ viewport: { width: 1360, height: 1000 } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows what the moved file holds and, on confirmation, adds the stories the backup did not have', async () => {
    await callApi(app, 'createStory', { fields: fields('Kept in the backup') });
    await callApi(app, 'backupNow', {});
    for (const title of ['Written after the backup', 'Also after the backup', 'The last story'])
      await callApi(app, 'createStory', { fields: fields(title) });
    // Each call answers once its save is on disk. (No restart here: opening a clean file backs it up.)
    const path = app.services.bankPath;
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.indexOf('"title": "The last story"') + 120));
    await app.restartServer();

    const { page } = app;
    await page.reload();
    // The old page's saves and retries failed while the server was down (on purpose); only errors from now on count.
    app.errors.length = 0;
    await waitStoriesReady(page);
    const notice = page.getByTestId('bank-notice').filter({ hasText: 'could not read' });
    await notice.getByRole('button', { name: 'See what can be recovered' }).click();
    const report = notice.getByTestId('recovery-report');
    await report.getByText(/still holds 4 stories\. Recovering adds 3 stories/).waitFor();
    expect(await report.getByRole('list', { name: 'Stories that would be added' }).innerText()).toContain(
      'Written after the backup',
    );
    expect(await report.innerText()).toMatch(/“The last story” was damaged in the file; check its text/);
    await page.screenshot({ path: join(SHOTS, 'recovery-preview-light.png') });

    await report.getByRole('button', { name: 'Add 3 items to my bank' }).click();
    await report.getByText(/Added to your bank: 3 stories\. Nothing in your bank was changed or removed\./).waitFor();
    const list = page.getByRole('region', { name: 'Story list' });
    for (const title of ['Kept in the backup', 'Written after the backup', 'Also after the backup', 'The last story'])
      await list.getByText(title, { exact: true }).first().waitFor();

    const onDisk = Bank.parse(JSON.parse(readFileSync(path, 'utf8')));
    expect(onDisk.stories.map((s) => s.title).sort()).toEqual([
      'Also after the backup',
      'Kept in the backup',
      'The last story',
      'Written after the backup',
    ]);
    expect(app.errors).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the recovery report has no serious or critical axe violations in ${scheme}`, async () => {
      // axe is injected as a script, which the app's CSP rightly refuses; this context bypasses CSP for the audit only.
      const context = await app.browser.newContext({ bypassCSP: true, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(app.bridge.url);
      await waitStoriesReady(page);
      const notice = page.getByTestId('bank-notice').filter({ hasText: 'could not read' });
      await notice.getByRole('button', { name: 'See what can be recovered' }).click();
      // Recovered already: the report says there is nothing left to add.
      await notice
        .getByTestId('recovery-report')
        .getByText(/already has all of it/)
        .waitFor();
      const found = await seriousViolations(page);
      await page.screenshot({ path: join(SHOTS, `recovery-report-${scheme}.png`) });
      await context.close();
      expect(found).toEqual([]);
    });
  }
});
