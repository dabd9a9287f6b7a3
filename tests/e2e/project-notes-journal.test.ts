// Depth-map notes in real Chromium are saved like story text: typed, then the page is reloaded with
// no blur, the note is still there; typed while the server is stopped and the tab closed, the note is
// offered back on the next visit and saved on Restore.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type AppUnderTest } from './harness';
import { callApi } from './stories-helpers';

const PROJECT = 'Fraud rules';

async function openNotes(page: Page, layer: string, label: string) {
  // The app may reopen on Stories or on Projects; the layer's box appears once the bank is loaded.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Projects' }).click();
  const notes = page.locator(`[data-layer="${layer}"]`).getByRole('textbox', { name: label });
  await notes.waitFor();
  return notes;
}

async function savedNotes(app: AppUnderTest): Promise<Record<string, string>> {
  const bank = await callApi(app, 'getBank', {});
  return bank.projects.find((p) => p.name === PROJECT)?.layerNotes ?? {};
}

describe('project notes are never lost', () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    app = await launchApp();
    await callApi(app, 'createStory', {
      fields: {
        title: 'Retired four fraud rules',
        project: PROJECT,
        action: 'I decided to retire four rules that caught almost no fraud.',
        result: 'False blocks fell by 35% in the first month.',
      },
    });
    await callApi(app, 'updateProject', { name: PROJECT, changes: { deepDive: true } });
    await app.page.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('keeps a note typed just before a reload, with no blur', async () => {
    const { page } = app;
    const notes = await openNotes(page, 'failures', 'Notes on failures and what changed');
    const text = 'The address rule stayed; legal would not let it go.';
    await notes.click();
    await page.keyboard.type(text);
    // No blur, no wait for the quiet spell: the page goes away at once.
    await page.reload();
    const again = await openNotes(page, 'failures', 'Notes on failures and what changed');
    // Saved as the page went away, or kept in this browser and offered back: either way it is there.
    const offer = page.getByTestId('unsaved-edits');
    await expect
      .poll(async () => (await again.inputValue()) === text || (await offer.count()) > 0, { timeout: 10_000 })
      .toBe(true);
    if ((await again.inputValue()) !== text) {
      expect(await offer.innerText()).toMatch(/Project “Fraud rules”: Failures and what changed notes, typed/);
      await offer.getByRole('button', { name: 'Restore and save them' }).click();
    }
    await expect.poll(() => again.inputValue()).toBe(text);
    await expect.poll(async () => (await savedNotes(app)).failures).toBe(text);
  });

  it('offers a note typed while the server was stopped in a tab then closed, and Restore saves it', async () => {
    const notes = await openNotes(app.page, 'monitoring', 'Notes on monitoring and after launch');
    await app.stopServer();
    await notes.click();
    await app.page.keyboard.type('Watched false blocks daily for a month.');
    await app.page.getByTestId('save-trouble').waitFor();
    await app.page.close();
    await app.startServer();
    expect((await savedNotes(app)).monitoring).toBeUndefined();

    const page = await app.open();
    const offer = page.getByTestId('unsaved-edits');
    await offer.waitFor();
    expect(await offer.innerText()).toMatch(/Project “Fraud rules”: Monitoring and after launch notes, typed/);
    await offer.getByRole('button', { name: 'Restore and save them' }).click();
    await offer.waitFor({ state: 'detached' });
    await expect.poll(async () => (await savedNotes(app)).monitoring).toBe('Watched false blocks daily for a month.');
    const restored = await openNotes(page, 'monitoring', 'Notes on monitoring and after launch');
    expect(await restored.inputValue()).toBe('Watched false blocks daily for a month.');
  });
});
