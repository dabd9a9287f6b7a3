// Refused settings changes in real Chromium through the web bridge: when Storybank is not running, the
// profile's "Not saved" line is shown whole (what went wrong and what to do, not cut by an ellipsis),
// the typed name stays, and the sidebar's theme switch says the change was refused instead of only
// flipping back. Once Storybank is back, both save and the refusals go away.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchApp, type AppUnderTest } from './harness';
import { openView } from './planning-helpers';
import { callApi } from './stories-helpers';

const SHOTS = join(ARTIFACTS_DIR, 'screenshots');
const NOT_RUNNING = 'Storybank is not running. Start it again with `npm run web`.';

/** True when the element shows all of its text: nothing cut off by overflow. */
const showsWhole = (el: Locator) =>
  el.evaluate((node) => node.scrollWidth <= node.clientWidth && node.scrollHeight <= node.clientHeight);

async function openSettings(page: Page): Promise<void> {
  await openView(page, 'Settings');
  await page.locator('input[autocomplete="name"]:enabled').waitFor();
}

describe('refused settings changes', () => {
  let app: AppUnderTest;
  let page: Page;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await launchApp({ viewport: { width: 1360, height: 860 } });
    page = app.page;
    await openSettings(page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the whole profile error and keeps the typed name; it saves once Storybank is back', async () => {
    await app.stopServer();
    const name = page.getByLabel('Your name');
    await name.fill('Ada Lovelace');
    await page.keyboard.press('Tab');
    const status = page.getByRole('region', { name: 'Profile' }).getByTestId('settings-save');
    await expect.poll(() => status.getAttribute('data-state')).toBe('error');
    expect(await status.innerText()).toBe(`Not saved: ${NOT_RUNNING}`);
    expect(await showsWhole(status)).toBe(true);
    expect(await name.inputValue()).toBe('Ada Lovelace');
    await page.screenshot({ path: join(SHOTS, 'settings-profile-refused.png') });

    await app.startServer();
    await name.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
    expect((await callApi(app, 'getBank', {})).profile.name).toBe('Ada Lovelace');
  });

  it('says when the sidebar theme switch is refused, keeps the theme, and clears once a change saves', async () => {
    const sidebarDark = page.locator('.theme-switcher').getByRole('radio', { name: 'Dark' });
    await app.stopServer();
    await sidebarDark.check({ force: true }).catch(() => undefined); // the store flips it back at once
    const refused = page.getByTestId('theme-refused');
    await refused.waitFor();
    expect(await refused.getAttribute('role')).toBe('alert');
    expect(await refused.innerText()).toContain(`Theme not changed: ${NOT_RUNNING}`);
    expect(await showsWhole(refused)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.screenshot({ path: join(SHOTS, 'theme-switch-refused.png') });

    await app.startServer();
    await sidebarDark.check({ force: true });
    await refused.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect((await callApi(app, 'getBank', {})).settings.theme).toBe('dark');
  });

  it('logged no errors but the refused requests', () => {
    // The failed requests while Storybank was stopped are the point of these tests.
    expect(app.errors.filter((e) => !/ERR_CONNECTION_(REFUSED|RESET)/.test(e))).toEqual([]);
  });
});
