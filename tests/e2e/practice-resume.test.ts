// A drill in progress survives a trip to another view: the question, the chosen story, and a timer
// that kept running while you were away (controlled clock, real Chromium).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type AppUnderTest } from './harness';
import { callApi } from './stories-helpers';

const T0 = new Date(2025, 10, 28, 9, 0).getTime();

describe('practice: leaving and coming back', () => {
  let app: AppUnderTest;
  let page: Page;

  beforeAll(async () => {
    app = await launchApp();
    await callApi(app, 'createStory', {
      fields: {
        title: 'Shipped the fraud model under a hard deadline',
        status: 'ready',
        competencies: ['ml.ownership'],
        result: 'Fraud losses fell 18% in a quarter.',
      },
    });
    await app.page.close();
    await app.context.clock.install({ time: T0 });
    page = await app.open();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Practice' }).click();
    await page.getByTestId('practice-queue').waitFor();
    await app.context.clock.pauseAt(T0 + 60_000);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('keeps the question, the story and the running timer across a view switch', async () => {
    await page.getByRole('button', { name: 'Practice “Shipped the fraud model under a hard deadline”' }).click();
    const question = await page.getByTestId('question').innerText();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Space');
    await app.context.clock.runFor(30_000);
    await expect.poll(() => page.getByTestId('timer').innerText()).toBe('0:30');

    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Stories' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stories' }).waitFor();
    await app.context.clock.runFor(45_000); // reading the story in Stories
    await nav.getByRole('button', { name: 'Practice' }).click();

    expect(await page.getByTestId('question').innerText()).toBe(question);
    expect(await page.getByRole('radio', { name: /Shipped the fraud model/ }).isChecked()).toBe(true);
    await app.context.clock.runFor(1_000);
    await expect.poll(() => page.getByTestId('timer').innerText()).toBe('1:16');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Space'); // stop: the attempt is the whole 76 s
    await expect.poll(() => page.getByTestId('timer').innerText()).toBe('1:16');
  });
});
