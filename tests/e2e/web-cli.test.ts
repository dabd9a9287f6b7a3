// `npm run web` for real: the built bridge (out/main/web.js) as its own process, opened in Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyBank } from '#shared/domain/defaults';
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

describe('npm run web --bank FILE, stopped with Ctrl+C twice', () => {
  it('exits 0 with every story in the bank file on disk and the lock released', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storybank-web-bank-'));
    const bankPath = join(dir, 'interviews-2026.json');
    writeFileSync(bankPath, JSON.stringify(emptyBank()));
    const child = spawn(process.execPath, [join(ROOT, 'out/main/web.js'), '--bank', bankPath, '--data-dir', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const url = new URL(await waitForUrl(child));
    const token = url.hash.replace('#token=', '');
    const create = (title: string) =>
      fetch(new URL('/api/createStory', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-storybank-token': token },
        body: JSON.stringify({ fields: { title } }),
      }).then((r) => r.json() as Promise<{ ok: boolean }>);
    const titles = ['Sharded the nightly eval', 'Moved ranking to the new feature store', 'Cut p99 to 95 ms'];
    for (const title of titles) expect((await create(title)).ok).toBe(true);

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    child.kill('SIGINT'); // impatient: pressed again while it stops
    expect(await exited).toBe(0);
    const saved = JSON.parse(readFileSync(bankPath, 'utf8')) as { stories: { title: string }[] };
    expect(saved.stories.map((s) => s.title)).toEqual(titles);
    expect(existsSync(`${bankPath}.lock`)).toBe(false);
    expect(stderr).not.toContain('could not finish saving');
  });
});
