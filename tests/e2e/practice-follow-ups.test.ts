// Practice's follow-up round in real Chromium with a controlled clock: after a logged answer, three
// follow-up questions from the story, 45 s each (the countdown stops itself), each rated and logged
// as a follow-up rehearsal of the story; the whole-answer log and schedule stay as they were.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpRound } from '#shared/practice/follow-up-round';
import { ARTIFACTS_DIR, launchApp, type AppUnderTest } from './harness';
import { callApi } from './stories-helpers';

const T0 = new Date(2025, 10, 28, 9, 0).getTime();
const SHOTS = join(ARTIFACTS_DIR, 'screenshots');
const FIELDS = {
  title: 'Fraud scoring under 50 ms',
  project: 'Fraud platform',
  role: 'Senior ML engineer',
  situation: 'Checkout had a hard latency budget of 50 ms, and our fraud model took 80 ms at p99.',
  task: 'I owned the model and had two weeks before the holiday freeze.',
  action:
    'I chose a smaller model over caching scores, because cached scores went stale within minutes. I walked the payments team through the numbers and they agreed to a shadow week.',
  result: 'We launched in two weeks and p99 latency fell from 80 ms to 35 ms. Chargebacks dropped by 12% that quarter.',
  reflection: '',
  status: 'ready' as const,
  competencies: ['ml.tradeoffs'],
};

const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

describe('practice: the follow-up round', () => {
  let app: AppUnderTest;
  let page: Page;
  let storyId: string;

  beforeAll(async () => {
    app = await launchApp();
    storyId = (await callApi(app, 'createStory', { fields: FIELDS })).id;
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

  it('after the main answer, asks three follow-ups, 45 s each, and logs each rated answer', async () => {
    await page.getByRole('button', { name: `Practice “${FIELDS.title}”` }).click();
    await blur(page);
    await page.keyboard.press('Space');
    await app.context.clock.runFor(100_000);
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: /How did that go\?/ }).waitFor();
    await page.keyboard.press('4');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Logged' }).innerText())
      .toContain('Logged 1:40');

    const round = page.getByTestId('follow-up-round');
    const expected = followUpRound({ ...FIELDS });
    expect(expected).toHaveLength(3);
    await round.getByRole('button', { name: 'Start the follow-up round' }).click();

    // 1: answered in 20 s, rated 3.
    await expect.poll(() => round.getByTestId('follow-up-question').innerText()).toBe(expected[0].question);
    await app.context.clock.runFor(20_000);
    await expect.poll(() => round.getByTestId('follow-up-countdown').innerText()).toBe('0:25');
    // Space belongs to the round now: it must not start the drill's timer.
    await blur(page);
    await page.keyboard.press('Space');
    await page.screenshot({ path: join(SHOTS, 'practice-follow-up-light.png') });
    await round.getByRole('button', { name: 'Done answering' }).click();
    await expect.poll(() => round.getByTestId('follow-up-took').innerText()).toContain('0:20');
    await round.getByRole('radio', { name: /^3/ }).click();
    await round.getByRole('button', { name: 'Log and ask the next' }).click();

    // 2: the clock runs out at 45 s and stops the answer itself; rated 2.
    await expect.poll(() => round.getByTestId('follow-up-question').innerText()).toBe(expected[1].question);
    await app.context.clock.runFor(50_000);
    await expect.poll(() => round.getByTestId('follow-up-took').innerText()).toContain('0:45 (time ran out)');
    await round.getByRole('radio', { name: /^2/ }).click();
    await round.getByRole('button', { name: 'Log and ask the next' }).click();

    // 3: 10 s, rated 5.
    await expect.poll(() => round.getByTestId('follow-up-question').innerText()).toBe(expected[2].question);
    await app.context.clock.runFor(10_000);
    await round.getByRole('button', { name: 'Done answering' }).click();
    await round.getByRole('radio', { name: /^5/ }).click();
    await round.getByRole('button', { name: 'Log and finish' }).click();
    await expect.poll(() => round.getByRole('status').innerText()).toContain('3 answers, rated 3, 2, 5');
    // The button that finished the round is gone: keyboard focus is on what the round says, not lost to the page.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('follow-up-done');
    expect(await round.getByTestId('follow-up-done').innerText()).toContain('Press N for the next question.');
    // The log lists each rating as plain text, not in a box that looks like an empty field.
    const ratingCell = page.getByTestId('attempt-log').locator('.attempt-rating').first();
    expect(await ratingCell.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('none');
    await page.screenshot({ path: join(SHOTS, 'practice-follow-up-done-light.png') });

    const { stories } = await callApi(app, 'getBank', {});
    const saved = stories.find((s) => s.id === storyId)!;
    expect(saved.rehearsals.filter((r) => !r.followUp).map((r) => [r.seconds, r.rating])).toEqual([[100, 4]]);
    expect(saved.rehearsals.filter((r) => r.followUp).map((r) => [r.questionText, r.seconds, r.rating])).toEqual([
      [expected[0].question, 20, 3],
      [expected[1].question, 45, 2],
      [expected[2].question, 10, 5],
    ]);
  });

  it('logged no console errors', () => {
    expect(app.errors).toEqual([]);
  });
});
