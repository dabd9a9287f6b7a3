// `npm run web` for real: the built bridge (out/main/web.js) as its own process, opened in Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ROOT } from './harness';

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`web bridge exited (${code}): ${output}`)));
  });
}

describe('npm run web (the built bridge process)', () => {
  let child: ChildProcess;
  let browser: Browser;
  let url: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'storybank-web-'));

  beforeAll(async () => {
    child = spawn(process.execPath, [join(ROOT, 'out/main/web.js'), '--data-dir', dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    url = await waitForUrl(child);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    child?.kill('SIGTERM');
  });

  it('prints a loopback URL with a secret token, and the home screen loads with no console errors', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{40,}$/);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect.poll(() => page.getByTestId('data-file').innerText()).toContain(dataDir);
    expect(errors).toEqual([]);
  });

  it('creates the bank in the data folder and releases its lock on SIGTERM', async () => {
    expect(existsSync(join(dataDir, 'storybank.json'))).toBe(true);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(join(dataDir, 'storybank.json.lock'))).toBe(false);
  });
});
