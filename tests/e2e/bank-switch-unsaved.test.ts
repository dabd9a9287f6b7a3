// Switching banks while a story edit cannot be saved, in real Chromium through the web bridge: the
// switch is held back with a message naming the story, why it is not saved and what to do; "Switch
// anyway" opens the other bank without sending the edit there; opening the first bank again offers
// the edit back whole, and Restore puts it back in the editor.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchApp, type AppUnderTest } from './harness';
import { openView, seriousViolations } from './planning-helpers';
import { callApi, sectionEditor, waitStoriesReady } from './stories-helpers';

const SHOTS = join(ARTIFACTS_DIR, 'screenshots');
// Over the 20,000-character limit of a STAR section: the server refuses every save of it.
const TOO_LONG = 'We measured every step of checkout. '.repeat(600);

describe('switching banks while an edit cannot be saved', () => {
  let app: AppUnderTest;
  let page: Page;
  let id: string;
  let firstBank: string;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await launchApp({ viewport: { width: 1360, height: 900 } });
    page = app.page;
    firstBank = app.services.bankPath;
    id = (await callApi(app, 'createStory', { fields: { title: 'Search latency', result: 'p99 fell.' } })).id;
    await callApi(app, 'updateSettings', { lastOpenStoryId: id });
    await page.reload();
    await waitStoriesReady(page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('holds the switch and says what is not saved and what to do', async () => {
    await sectionEditor(page, 'situation').click();
    await page.keyboard.insertText(TOO_LONG);
    // A refusal cannot be waited out: the banner says to change the text, not that it keeps trying.
    const banner = page.getByTestId('save-trouble');
    await banner.waitFor();
    expect(await banner.innerText()).toContain(
      'Storybank cannot save this text as it is: change what the message names',
    );
    expect(await banner.innerText()).not.toContain('keeps trying');

    await openView(page, 'Settings');
    const bankSection = page.getByRole('region', { name: 'Bank file' });
    await bankSection.getByLabel('Bank file path').fill(join(app.dataDir, 'other.json'));
    await bankSection.getByRole('button', { name: 'New bank' }).click();
    const held = bankSection.getByTestId('switch-held');
    await held.waitFor();
    expect(await held.getAttribute('role')).toBe('alert');
    const text = await held.innerText();
    expect(text).toContain('Changes to “Search latency” are not saved, so this bank stays open.');
    expect(text).toContain('The Situation is longer than 20,000 characters. Shorten it and save again.');
    expect(text).toContain('Correct what the message names (or undo it) and try again.');
    expect(await bankSection.getByTestId('current-bank-path').innerText()).toBe(firstBank);
    expect(existsSync(join(app.dataDir, 'other.json'))).toBe(false);
    await held.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'bank-switch-held.png') });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('switches anyway without sending the edit to the other bank, and offers it back on return', async () => {
    const bankSection = page.getByRole('region', { name: 'Bank file' });
    await bankSection.getByRole('button', { name: 'Switch anyway' }).click();
    await expect.poll(() => page.getByTestId('current-bank-path').innerText()).toBe(join(app.dataDir, 'other.json'));
    expect(await page.getByTestId('save-trouble').count()).toBe(0);
    // From here on, no save of the first bank's story may go out (to the bank now open, or at all).
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/updateStory')) sent.push(r.url());
    });

    // Back to the first bank: the edit is offered back whole, and nothing of it reached either file.
    await page
      .getByRole('region', { name: 'Bank file' })
      .getByRole('button', { name: /^Open storybank\.json/ })
      .click();
    await expect.poll(() => page.getByTestId('current-bank-path').innerText()).toBe(firstBank);
    expect(sent).toEqual([]);
    expect((await callApi(app, 'getStory', { id })).situation).toBe('');
    await openView(page, 'Stories');
    await waitStoriesReady(page);
    const offer = page.getByTestId('unsaved-edits');
    await offer.waitFor();
    expect(await offer.innerText()).toMatch(/“Search latency”: Situation/);
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('storybank.unsaved-offer.'))
        .map((k) => localStorage.getItem(k) ?? ''),
    );
    expect(kept.some((v) => v.includes(JSON.stringify(TOO_LONG)))).toBe(true);

    await offer.getByRole('button', { name: 'Restore and save them' }).click();
    await offer.waitFor({ state: 'detached' });
    // Back in the editor, and refused again for the same reason, which the banner names.
    await expect.poll(() => sectionEditor(page, 'situation').innerText()).toContain('We measured every step');
    await expect
      .poll(() => page.getByTestId('save-trouble').innerText())
      .toContain('The Situation is longer than 20,000 characters');
  });
});
