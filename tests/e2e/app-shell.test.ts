import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppUnderTest } from './harness';

describe('the app shell in real Chromium through the web bridge', () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the home screen with its navigation and no console errors', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const labels = await page.getByRole('navigation', { name: 'Main' }).getByRole('button').allInnerTexts();
    expect(labels).toEqual(['Stories', 'Coverage', 'Projects', 'Loops', 'Companies', 'Practice', 'Export', 'Settings']);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Stories');
    expect(app.errors).toEqual([]);
  });

  it('removes the access token from the address bar once it is stored', async () => {
    expect(app.page.url()).not.toContain('token=');
  });

  it('completes a round trip renderer → API → main (Settings ▸ About)', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect.poll(() => page.getByTestId('data-file').innerText()).toContain(app.dataDir);
    expect(await page.getByTestId('app-version').innerText()).toBe('test');
    expect(app.errors).toEqual([]);
  });

  it('switches views with Ctrl+number', async () => {
    const { page } = app;
    await page.keyboard.press('Control+2');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Coverage');
  });

  it('opens each view at its top, not at the scroll position of the view before', async () => {
    const { page } = app;
    const before = page.viewportSize()!;
    await page.setViewportSize({ width: 1280, height: 480 });
    await page.keyboard.press('Control+8');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Settings');
    const scrolled = await page.locator('main.content').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
      return el.scrollTop;
    });
    expect(scrolled).toBeGreaterThan(100);
    await page.keyboard.press('Control+7');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Export');
    expect(await page.locator('main.content').evaluate((el) => el.scrollTop)).toBe(0);
    await page.setViewportSize(before);
  });

  it('keeps working after a reload (the token survives in session storage)', async () => {
    const { page } = app;
    await page.reload();
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect.poll(() => page.getByTestId('data-file').innerText()).toContain(app.dataDir);
    expect(app.errors).toEqual([]);
  });
});
