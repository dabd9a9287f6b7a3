// Settings in real Chromium through the web bridge: profile, paper size and stages persist across a
// reload; Back up now + Restore undoes a change; a damaged bank file shows the store's notice; a
// bank locked by another live process shows the bank-problem screen; axe in light and dark.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchApp, ROOT, type AppUnderTest } from './harness';
import { callApi } from './stories-helpers';

const SHOTS = join(ARTIFACTS_DIR, 'screenshots');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const saved = (page: Page, name: string) =>
  region(page, name).locator('[data-testid="settings-save"][data-state="saved"]').waitFor();

async function reload(page: Page): Promise<void> {
  await page.reload();
  await openSettings(page);
}

describe('Settings', () => {
  let app: AppUnderTest;
  let page: Page;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await launchApp({ viewport: { width: 1440, height: 1500 } });
    page = app.page;
    await openSettings(page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('saves the profile and the paper size, and they survive a reload', async () => {
    const name = page.getByLabel('Your name');
    await expect.poll(() => name.isEnabled()).toBe(true);
    await name.fill('Ada Lovelace');
    await page.getByLabel('Target role').fill('Staff ML engineer');
    await page.keyboard.press('Tab');
    await saved(page, 'Profile');
    await region(page, 'Story sheet paper size').getByText('US Letter').click();
    await saved(page, 'Story sheet paper size');

    await reload(page);
    await expect.poll(() => page.getByLabel('Your name').inputValue()).toBe('Ada Lovelace');
    expect(await page.getByLabel('Target role').inputValue()).toBe('Staff ML engineer');
    expect(await page.getByRole('radio', { name: /US Letter/ }).isChecked()).toBe(true);
    expect((await callApi(app, 'getBank', {})).profile).toEqual({
      name: 'Ada Lovelace',
      targetRole: 'Staff ML engineer',
    });
    expect((await callApi(app, 'getBank', {})).settings.paperSize).toBe('letter');
  });

  it('adds, renames and reorders stages by keyboard, and they survive a reload', async () => {
    const stages = region(page, 'Interview stages');
    await stages.getByLabel('New stage').fill('Team match');
    await page.keyboard.press('Enter');
    await page.getByLabel('Stage 10 name').waitFor();
    const first = page.getByLabel('Stage 1 name');
    await first.fill('Phone screen');
    await page.keyboard.press('Enter');
    await saved(page, 'Interview stages');
    // Move the new stage up twice with the keyboard only: focus stays on its Move up button.
    await stages.getByRole('button', { name: 'Move Team match up' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Stage 9 name').inputValue()).toBe('Team match');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Stage 8 name').inputValue()).toBe('Team match');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move Team match up');

    await reload(page);
    await expect.poll(() => page.getByLabel('Stage 1 name').inputValue()).toBe('Phone screen');
    expect(await page.getByLabel('Stage 8 name').inputValue()).toBe('Team match');
    expect((await callApi(app, 'getBank', {})).stages.map((s) => s.name).slice(6)).toEqual([
      'Project deep-dive',
      'Team match',
      'On-site loop',
      'Bar raiser',
    ]);
  });

  it('restores a backup made with Back up now, undoing a later change', async () => {
    const backups = region(page, 'Backups');
    await backups.getByRole('button', { name: 'Back up now' }).click();
    await saved(page, 'Backups');
    await page.getByLabel('Your name').fill('Changed after the backup');
    await page.keyboard.press('Tab');
    await saved(page, 'Profile');

    await backups
      .getByTestId('backup-list')
      .getByRole('button', { name: /^Restore the backup of/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('The bank as it is now is backed up first');
    await page.screenshot({ path: join(SHOTS, 'settings-restore-dialog.png') });
    await dialog.getByRole('button', { name: 'Restore' }).click();

    // The app reloads its data for the restored bank and the store's notice says what happened.
    await page.getByTestId('bank-notice').filter({ hasText: 'restored from the backup' }).waitFor();
    await expect.poll(() => page.getByLabel('Your name').inputValue()).toBe('Ada Lovelace');
    expect((await callApi(app, 'getBank', {})).profile.name).toBe('Ada Lovelace');
    expect(app.errors).toEqual([]);
  });

  it('tells the user a damaged bank file was moved aside, with the path; Dismiss removes the notice', async () => {
    const bankPath = app.services.bankPath;
    writeFileSync(bankPath, 'this is not a bank {{{');
    await app.restartServer();
    await reload(page);

    const moved = readdirSync(app.dataDir).find((f) => f.startsWith('storybank.damaged-'));
    expect(moved).toBeTruthy();
    const notice = page.getByTestId('bank-notice').filter({ hasText: 'could not read' });
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.locator('code').allInnerTexts()).toContain(join(app.dataDir, moved!));
    // Restored from the newest backup (the one the restore above made of the bank as it was).
    expect(await notice.innerText()).toContain('restored from the backup of');
    await expect.poll(() => page.getByLabel('Your name').inputValue()).toBe('Changed after the backup');
    await page.screenshot({ path: join(SHOTS, 'settings-notice-light.png') });

    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await reload(page);
    expect(await page.getByTestId('bank-notice').filter({ hasText: 'could not read' }).count()).toBe(0);
  });

  describe('a bank locked by another process', () => {
    let holder: ChildProcess | undefined;
    afterAll(() => {
      holder?.kill();
    });

    it('shows the bank-problem screen naming the holder, and Try again opens it once the holder is gone', async () => {
      holder = spawn('sleep', ['60'], { stdio: 'ignore' });
      const lockPath = `${app.services.bankPath}.lock`;
      // The lock as main/store/bank-lock.ts writes it, for a process that is alive.
      writeFileSync(
        lockPath,
        JSON.stringify({
          pid: holder.pid,
          hostname: hostname(),
          startedAt: new Date().toISOString(),
          app: 'desktop',
          token: 'e2e-holder',
        }),
      );
      await app.restartServer();
      await page.reload();
      // The old page's calls failed while the server was down (on purpose); only errors from now on count.
      app.errors.length = 0;

      const problem = page.getByTestId('bank-problem');
      await problem.waitFor();
      expect(await problem.getAttribute('data-code')).toBe('locked');
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Your bank is open in another Storybank');
      expect(await problem.getByRole('alert').innerText()).toContain(`Storybank desktop (pid ${holder.pid}`);
      expect(await problem.innerText()).toContain('Close the other Storybank window');
      await page.screenshot({ path: join(SHOTS, 'settings-bank-locked-light.png') });

      // Every view shows it, not a broken view.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Stories' }).click();
      expect(await problem.isVisible()).toBe(true);

      holder.kill();
      await new Promise((resolve) => holder!.once('exit', resolve));
      await problem.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('heading', { level: 1, name: 'Stories' }).waitFor();
      expect(app.errors).toEqual([]);
    });
  });
});

describe('Settings accessibility and looks', () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    app = await launchApp();
    await callApi(app, 'updateProfile', { name: 'Ada Lovelace', targetRole: 'Staff ML engineer' });
    await callApi(app, 'backupNow', {});
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations in ${scheme}`, async () => {
      // axe is injected as a script, which the app's CSP rightly refuses; this context bypasses CSP for the audit only.
      const context = await app.browser.newContext({
        bypassCSP: true,
        colorScheme: scheme,
        viewport: { width: 1440, height: 1400 },
      });
      const page = await context.newPage();
      await page.goto(app.bridge.url);
      await openSettings(page);
      await page.getByTestId('backup-list').waitFor();
      await expect.poll(() => page.getByLabel('Your name').inputValue()).toBe('Ada Lovelace');
      await page.screenshot({ path: join(SHOTS, `settings-full-${scheme}.png`) });
      const found = await seriousViolations(page);
      // The confirmation dialog too.
      await page.getByRole('button', { name: 'Delete Bar raiser' }).click();
      await page.getByRole('dialog').waitFor();
      await page.waitForTimeout(200);
      found.push(...(await seriousViolations(page)));
      await page.screenshot({ path: join(SHOTS, `settings-confirm-${scheme}.png`) });
      await context.close();
      expect(found).toEqual([]);
    });
  }
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }
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
