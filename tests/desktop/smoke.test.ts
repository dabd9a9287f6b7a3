// The desktop window itself, through Playwright's _electron: it opens with no console errors, a story typed in
// it is saved to the bank file on disk, the CSP and the renderer sandbox are in force, and File ▸ Open Bank…
// refuses a file that is not a bank. Skips, saying why, where the Electron binary is not installed (it cannot
// be downloaded on every machine, and a test never downloads it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronBinary, missingElectronMessage } from '../../scripts/electron-binary.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const electron = electronBinary(ROOT);
const binaryPath = electron.installed ? electron.path : '';
if (!electron.installed) {
  // CI installs the binary first; there a missing binary is a failure, not a reason to skip.
  if (process.env['STORYBANK_REQUIRE_ELECTRON']) throw new Error(missingElectronMessage(electron));
  console.warn(`Skipping the desktop smoke test.\n${missingElectronMessage(electron)}`);
}

describe.skipIf(!electron.installed)('the desktop app', () => {
  let app: ElectronApplication;
  let page: Page;
  let home: string;
  const errors: string[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    // A fresh user-data folder on every OS: Electron derives it from these.
    home = mkdtempSync(join(tmpdir(), 'storybank-desktop-'));
    app = await _electron.launch({
      executablePath: binaryPath,
      args: [join(ROOT, 'out/main/index.js')],
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), APPDATA: join(home, 'AppData') },
    });
    page = await app.firstWindow();
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
  });
  afterAll(async () => {
    await app?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('opens the window on the story bank, with no console errors', async () => {
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByRole('heading', { name: 'Stories' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('saves a typed story to the bank file on disk', async () => {
    await page.getByRole('button', { name: 'New story' }).click();
    const title = page.getByRole('textbox', { name: 'Title' });
    await title.fill('Typed in the desktop window');
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 15_000 });
    const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
    await expect
      .poll(() => {
        const bank = JSON.parse(readFileSync(join(userData, 'storybank.json'), 'utf8')) as {
          stories: { title: string }[];
        };
        return bank.stories.map((s) => s.title);
      })
      .toContain('Typed in the desktop window');
    expect(errors).toEqual([]);
  });

  it('runs the renderer sandboxed and isolated, under a CSP that forbids eval', async () => {
    // Electron exposes no window's web preferences; the OS says whether the renderer process is sandboxed.
    const renderer = await app.evaluate(({ app: electronApp, BrowserWindow }) => {
      const pid = BrowserWindow.getAllWindows()[0].webContents.getOSProcessId();
      return { pid, sandboxed: electronApp.getAppMetrics().find((m) => m.pid === pid)?.sandboxed };
    });
    if (process.platform === 'linux') {
      const args = readFileSync(`/proc/${renderer.pid}/cmdline`, 'utf8').split('\0');
      expect(args).toContain('--type=renderer');
      expect(args).not.toContain('--no-sandbox');
    } else expect(renderer.sandboxed).toBe(true);
    const probe = await page.evaluate(() => {
      let evalAllowed = true;
      try {
        new Function('return 1')();
      } catch {
        evalAllowed = false;
      }
      const g = globalThis as unknown as Record<string, unknown>;
      return { evalAllowed, require: typeof g['require'], process: typeof g['process'] };
    });
    expect(probe).toEqual({ evalAllowed: false, require: 'undefined', process: 'undefined' });
    errors.length = 0; // the refused eval is reported as a CSP violation on the console
  });

  it('File ▸ Open Bank… refuses a file that is not a bank, and keeps the open bank', async () => {
    const notABank = join(home, 'notes.json');
    writeFileSync(notABank, '{"shopping":["milk","eggs"]}\n');
    await app.evaluate(({ dialog }, file) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [file] })) as typeof dialog.showOpenDialog;
    }, notABank);
    await app.evaluate(({ Menu }) => {
      const file = Menu.getApplicationMenu()?.items.find((item) => item.label === 'File');
      file?.submenu?.items.find((item) => item.label === 'Open Bank…')?.click();
    });
    await expect.poll(() => page.getByRole('alert').allInnerTexts(), { timeout: 15_000 }).not.toEqual([]);
    expect((await page.getByRole('alert').allInnerTexts()).join(' ')).toMatch(/not a Storybank bank|bank/i);
    expect(readFileSync(notABank, 'utf8')).toBe('{"shopping":["milk","eggs"]}\n');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('story-list').innerText()).toContain('Typed in the desktop window');
  });
});
