// Drives the real app in real headless Chromium through the web bridge: a fresh data folder, the
// production renderer from out/renderer, and the same handler table the desktop app uses.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { handlers } from '../../main/api/handlers';
import { closeServices, createServices, type AppServices } from '../../main/services';
import { startBridge, type RunningBridge } from '../../main/web/bridge-server';

export const ROOT = join(import.meta.dirname, '..', '..');
export const RENDERER_DIR = join(ROOT, 'out', 'renderer');
export const ARTIFACTS_DIR = join(ROOT, 'tests', 'artifacts');

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface AppUnderTest {
  bridge: RunningBridge;
  services: AppServices;
  dataDir: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  /** Opens the app (again) in the same browser context; returns the new page. */
  open(options?: { colorScheme?: 'light' | 'dark' }): Promise<Page>;
  /** Stops the bridge and flushes the store, then starts them again on the same data folder. */
  restartServer(): Promise<void>;
  /** Stops the bridge and closes the store (requests fail as if Storybank had quit). */
  stopServer(): Promise<void>;
  /** Starts a stopped bridge again on the same port, token and data folder. */
  startServer(): Promise<void>;
  close(): Promise<void>;
}

export async function launchApp(
  options: { dataDir?: string; colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {},
): Promise<AppUnderTest> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'storybank-e2e-'));
  const ownsDataDir = !options.dataDir;
  let services = await createServices({ dataDir });
  const startOn = async (port = 0, token?: string) =>
    startBridge({
      rendererDir: RENDERER_DIR,
      handlers,
      port,
      token,
      context: {
        info: () => ({
          name: 'Storybank',
          version: 'test',
          runtime: 'web',
          dataFile: services.bankPath,
          platform: process.platform,
        }),
        services,
        native: {},
      },
    });
  let bridge = await startOn();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1360, height: 860 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
  };
  const open = async (openOptions: { colorScheme?: 'light' | 'dark' } = {}) => {
    const page = await context.newPage();
    watch(page);
    if (openOptions.colorScheme) await page.emulateMedia({ colorScheme: openOptions.colorScheme });
    await page.goto(bridge.url);
    return page;
  };
  const app: AppUnderTest = {
    get bridge() {
      return bridge;
    },
    get services() {
      return services;
    },
    dataDir,
    browser,
    context,
    page: undefined as unknown as Page,
    errors,
    open,
    async restartServer() {
      await app.stopServer();
      await app.startServer();
    },
    async stopServer() {
      await bridge.close();
      await closeServices(services);
    },
    async startServer() {
      const { port, token } = bridge;
      services = await createServices({ dataDir });
      bridge = await startOn(port, token);
    },
    async close() {
      await browser.close();
      await bridge.close();
      await closeServices(services);
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  app.page = await open({ colorScheme: options.colorScheme });
  return app;
}

/**
 * Runs `measure` with the page in print media, and always puts the page back to no emulation afterwards
 * (`media: null`), even when `measure` throws, so a later test on the same page is not left in print mode.
 */
export async function withPrintMedia<T>(page: Page, measure: () => Promise<T>): Promise<T> {
  await page.emulateMedia({ media: 'print' });
  try {
    return await measure();
  } finally {
    await page.emulateMedia({ media: null });
  }
}
