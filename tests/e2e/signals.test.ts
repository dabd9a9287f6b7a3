// Senior signals and follow-up questions in the story workspace, in real headless Chromium: type a
// story, watch a signal appear in the checklist, click it and see its sentence highlighted in the
// editor; click a follow-up question and see the words it quotes highlighted. Screenshots in light
// and dark go to tests/artifacts/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { followUps, storySignals } from '#shared/analysis/index';
import { ARTIFACTS_DIR, launchApp, type AppUnderTest } from './harness';
import { callApi, sectionEditor, typeInSection, waitSaved, waitStoriesReady } from './stories-helpers';

const OUT = join(ARTIFACTS_DIR, 'screenshots');
const TRADE_OFF = 'I chose a smaller model over caching the scores, because cached scores went stale within minutes.';

describe('signals and follow-ups in the workspace', () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows a trade-off once it is typed, and highlights its sentence on click', async () => {
    const { page } = app;
    await waitStoriesReady(page);
    await page.keyboard.press('Control+n');
    const title = page.getByRole('textbox', { name: 'Title' });
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Fraud scoring latency');
    await typeInSection(
      page,
      'situation',
      'Checkout had a hard latency budget of 50 ms, and our fraud model took 80 ms.',
    );

    const row = page.locator('[data-testid="signals-checklist"] [data-signal="trade-off"]');
    await expect.poll(() => row.getAttribute('class')).toContain('missing');
    // The missing trade-off (no competency asks for it, so it is folded) asks a question that quotes the story.
    await row.locator('summary').click();
    await expect.poll(() => row.locator('.signal-prompt').innerText()).toMatch(/“Checkout had a hard latency budget/);

    await typeInSection(page, 'action', TRADE_OFF);
    await expect.poll(() => row.getAttribute('class')).toContain('present');
    // The constraint was there from the first sentence.
    expect(
      await page.locator('[data-testid="signals-checklist"] [data-signal="constraint"]').getAttribute('class'),
    ).toContain('present');

    await row.getByRole('button').click();
    const marked = sectionEditor(page, 'action').locator('.cm-signal-evidence');
    await marked.first().waitFor();
    expect((await marked.allInnerTexts()).join('')).toBe(TRADE_OFF);
    expect(await row.getByRole('button').getAttribute('aria-pressed')).toBe('true');
    // The same evidence the pure function reports.
    const expected = storySignals({
      situation: '',
      task: '',
      action: TRADE_OFF,
      result: '',
      reflection: '',
    }).signals.find((s) => s.id === 'trade-off')!;
    expect(expected.evidence).toEqual([{ section: 'action', start: 0, end: TRADE_OFF.length }]);

    // Clicking again clears the highlight.
    await row.getByRole('button').click();
    await expect.poll(() => marked.count()).toBe(0);
  });

  it('lists follow-up questions quoting the story, and highlights the words one asks about', async () => {
    const { page } = app;
    await typeInSection(page, 'result', 'We launched in two weeks and p99 latency fell from 80 ms to 35 ms.');
    const panel = page.getByTestId('follow-ups');
    await expect.poll(() => panel.locator('li').count()).toBeGreaterThanOrEqual(3);
    const question = panel.getByRole('button', { name: /how was that measured/ });
    await question.click();
    const marked = sectionEditor(page, 'result').locator('.cm-signal-evidence');
    await marked.first().waitFor();
    expect(await marked.first().innerText()).toContain('80 ms');
    // The questions on screen are exactly those the pure function asks for the saved story.
    await waitSaved(page);
    const saved = (await callApi(app, 'getBank', {})).stories
      .filter((s) => !s.deletedAt)
      .find((s) => s.title === 'Fraud scoring latency')!;
    const shown = await panel.locator('.follow-up-question').allInnerTexts();
    expect(shown).toEqual(followUps(saved).map((f) => f.question));
  });

  it('looks right in light and dark', async () => {
    const { page } = app;
    await page.locator('[data-testid="signals-checklist"] [data-signal="trade-off"] button').click();
    await page.locator('.story-insights').screenshot({ path: join(OUT, 'signals-light.png') });
    await sectionEditor(page, 'action').screenshot({ path: join(OUT, 'signals-evidence-light.png') });
    await page.getByTestId('follow-ups').screenshot({ path: join(OUT, 'follow-ups-light.png') });
    const dark = await app.open({ colorScheme: 'dark' });
    await dark.getByTestId('signals-checklist').waitFor();
    await dark.locator('[data-testid="signals-checklist"] [data-signal="trade-off"] button').click();
    await dark.locator('.cm-signal-evidence').first().waitFor();
    await dark.locator('.story-insights').screenshot({ path: join(OUT, 'signals-dark.png') });
    await sectionEditor(dark, 'action').screenshot({ path: join(OUT, 'signals-evidence-dark.png') });
    await dark.getByTestId('follow-ups').screenshot({ path: join(OUT, 'follow-ups-dark.png') });
  });

  it('Coverage shows the signals across the bank', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Coverage' }).click();
    await page.getByRole('button', { name: 'Signals' }).click();
    const list = page.getByTestId('signal-coverage');
    await expect
      .poll(() => list.locator('[data-signal="trade-off"]').innerText())
      .toContain('1 of 1 story shows a trade-off.');
    expect(await list.locator('[data-signal="after-launch"]').innerText()).toContain(
      '0 of 1 story show ownership after launch.',
    );
    // The bars line up: each starts where the others do, whatever the length of the signal's name.
    const starts = await list
      .locator('.signal-coverage-bar')
      .evaluateAll((bars) => bars.map((b) => Math.round(b.getBoundingClientRect().left)));
    expect(starts.length).toBeGreaterThan(5);
    expect(new Set(starts).size).toBe(1);
    await list.screenshot({ path: join(OUT, 'coverage-signals-light.png') });
  });

  it('logged no console errors', () => {
    expect(app.errors).toEqual([]);
  });
});
