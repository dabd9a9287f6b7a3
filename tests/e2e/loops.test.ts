// The loop planner in real Chromium: build a five-round loop, Suggest, move a story with the keyboard,
// watch the warnings change (numbers that disagree, a story told to the company before, each with its
// fix), reload and find the plan saved; the question bank and its ranking. Then axe-core and screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type AppUnderTest } from './harness';
import { callApi, openView, screenshot, seedPlanningBank, seriousViolations } from './planning-helpers';

const storyIdsIn = (page: Page, round: number) =>
  page
    .locator(`[data-testid="round-${round}"] [data-story-id]`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-story-id')));
const warningKinds = (page: Page) =>
  page
    .locator('[data-testid="loop-warnings"] [data-kind]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')).sort());

describe('the loop planner in real Chromium', () => {
  let app: AppUnderTest;
  let page: Page;
  let ids: Map<string, string>;

  const plannedLoop = async () => (await callApi(app, 'getBank', {})).loops.find((l) => l.company === 'Acme AI')!;

  beforeAll(async () => {
    app = await launchApp();
    ids = await seedPlanningBank(app);
    page = app.page;
    await page.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('builds a loop of five rounds from the form', async () => {
    await openView(page, 'Loops');
    await page.getByRole('button', { name: 'New loop' }).first().click();
    await page.getByLabel('Company').fill('Acme AI');
    await page.getByLabel('Role', { exact: true }).fill('Senior ML engineer');
    await page.getByLabel('Date').fill('2026-12-14');
    await page.getByRole('button', { name: 'Start from a typical five-round loop' }).click();
    await expect.poll(() => page.locator('.round-fields').count()).toBe(5);
    await page.getByRole('button', { name: 'Create loop' }).click();
    await page.getByRole('heading', { level: 2, name: /Acme AI/ }).waitFor();
    for (let r = 1; r <= 5; r++) await page.getByTestId(`round-${r}`).waitFor();
    const { loops } = await callApi(app, 'getBank', {});
    expect(loops).toHaveLength(1);
    expect(loops[0].rounds.map((r) => r.name)).toEqual([
      'Hiring manager',
      'ML system design',
      'Project deep-dive',
      'Behavioral',
      'Bar raiser',
    ]);
    // Nothing is planned yet: every focus competency is a warning.
    await expect
      .poll(
        async () =>
          (await warningKinds(page)).every((k) => k === 'uncovered-focus') && (await warningKinds(page)).length,
      )
      .toBe(11);
    // Eleven warnings do not fit the panel: a line says how many the scroll hides, and takes you to them.
    const more = page.getByTestId('warnings-more');
    await expect
      .poll(async () => (await more.isVisible()) && (await more.innerText()))
      .toMatch(/^\d+ more warnings below/);
    const hidden = Number((await more.innerText()).split(' ')[0]);
    expect(hidden).toBeGreaterThan(0);
    expect(hidden).toBeLessThan(11);
    await more.click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('warning-item') ?? false))
      .toBe(true);
    await expect.poll(async () => Number((await more.innerText()).split(' ')[0])).toBeLessThan(hidden);
  });

  it('Suggest fills every round and each story is used once', async () => {
    // An earlier Acme AI loop already heard the fraud story: the new plan should say so.
    await callApi(app, 'createLoop', {
      company: 'Acme AI, Inc.',
      role: 'MLE',
      date: '2025-03-01',
      frameworkId: 'senior-ml-engineer',
      rounds: [
        { name: 'Phone screen', focus: ['ml.ownership'], storyIds: [ids.get('Owned the fraud model end to end')!] },
      ],
    });
    // The page reads the bank once and then follows its own writes: a loop written behind its back
    // through the API shows after a reload (the next loop by date, Acme AI, opens again).
    await page.reload();
    await openView(page, 'Loops');
    await page.getByRole('heading', { level: 2, name: /Acme AI/ }).waitFor();
    await page.getByRole('button', { name: 'Suggest', exact: true }).click();
    await page.getByTestId('suggest-result').waitFor();
    const placed: string[] = [];
    for (let r = 1; r <= 5; r++) placed.push(...((await storyIdsIn(page, r)) as string[]));
    expect(placed.length).toBeGreaterThanOrEqual(5);
    expect(new Set(placed).size).toBe(placed.length);
    expect(await storyIdsIn(page, 1)).toContain(ids.get('Owned the fraud model end to end'));
    // The two Ranking stories disagree on latency (40% vs 60%): planted, so it must be found.
    await expect.poll(() => warningKinds(page)).toContain('inconsistent-numbers');
    const numbers = page.locator('[data-kind="inconsistent-numbers"]');
    expect(await numbers.locator('.warning-message').innerText()).toMatch(
      /both about Ranking but give different latency: 40% vs 60%/,
    );
    expect(await numbers.locator('.warning-fix').innerText()).toMatch(/use the same figure in both/);
    expect(await numbers.getByRole('button', { name: /^Open “/ }).count()).toBe(2);
    // Told to the same company (spelled differently) in the earlier loop: the fix names a replacement.
    const told = page.locator('[data-kind="told-before"]');
    expect(await told.locator('.warning-message').innerText()).toMatch(
      /You told “Owned the fraud model end to end” to Acme AI, Inc\. in an earlier loop \(2025-03-01\)/,
    );
    expect(await told.locator('.warning-fix').innerText()).toMatch(/If the same people may interview you again/);
  });

  it('moves a story to the next round by keyboard drag and drop, and the warnings follow', async () => {
    const fraud = ids.get('Owned the fraud model end to end')!;
    const before = await warningKinds(page);
    expect(before).not.toContain('story-reused');
    const card = page.locator(`[data-testid="round-1"] [data-story-id="${fraud}"]`);
    await card.focus();
    const live = page.locator('[id^="DndLiveRegion"]');
    await page.keyboard.press('Space');
    // "Picked up … from round 1", then at once "… is over round 1": the live region keeps the latest.
    await expect.poll(() => live.innerText()).toMatch(/Owned the fraud model end to end (is over|from) round 1/);
    // dnd-kit's keyboard sensor starts listening for arrows one task after the pick-up, so an arrow
    // pressed in that instant is ignored: press again only while the card is still over round 1.
    await expect
      .poll(
        async () => {
          if (/is over round 1|from round 1/.test(await live.innerText())) await page.keyboard.press('ArrowDown');
          return live.innerText();
        },
        { interval: 1000, timeout: 10_000 },
      )
      .toContain('is over round 2, ML system design');
    await page.keyboard.press('Space');
    await expect.poll(() => storyIdsIn(page, 2)).toContain(fraud);
    expect(await storyIdsIn(page, 1)).not.toContain(fraud);
    // Round 1 (impact, ownership) has lost its only story: two new uncovered-focus warnings.
    await expect
      .poll(async () => (await warningKinds(page)).filter((k) => k === 'uncovered-focus').length)
      .toBe(before.filter((k) => k === 'uncovered-focus').length + 2);
    expect(await page.getByTestId('loop-warnings').innerText()).toContain('No story in Hiring manager covers Impact.');
    // Screen readers heard where it went.
    expect(await page.locator('[id^="DndLiveRegion"]').innerText()).toContain('dropped in round 2, ML system design');
    // The move is saved, and "last used" recorded (the board shows it before the save answers: wait for it).
    await expect.poll(async () => (await plannedLoop()).rounds[1].storyIds).toContain(fraud);
    const planned = await plannedLoop();
    const story = await callApi(app, 'getStory', { id: fraud });
    expect(story.lastUsed).toMatchObject({ loopId: planned.id, roundId: planned.rounds[1].id });
  });

  it('keeps Undo when undoing fails (Storybank stopped), so it can be tried again', async () => {
    const undo = page.locator('.planner-toolbar').getByRole('button', { name: 'Undo' });
    await undo.waitFor();
    const errorsBefore = app.errors.length;
    await app.stopServer();
    try {
      await undo.click();
      await page.locator('.loop-planner').getByRole('alert').waitFor();
      // Before: the button was gone the moment it was pressed, with the move still in place.
      await expect.poll(() => undo.count(), { timeout: 5_000 }).toBe(1);
      await expect.poll(() => undo.isEnabled()).toBe(true);
    } finally {
      await app.startServer();
    }
    // The failed requests while stopped are the point of this test, not errors of the app.
    app.errors.splice(errorsBefore);
    // Nothing was undone: the story is still where the move put it.
    expect(await storyIdsIn(page, 2)).toContain(ids.get('Owned the fraud model end to end'));
  });

  it('keeps the plan after a reload', async () => {
    const fraud = ids.get('Owned the fraud model end to end')!;
    const plan: unknown[] = [];
    for (let r = 1; r <= 5; r++) plan.push(await storyIdsIn(page, r));
    await page.reload();
    await openView(page, 'Loops');
    await page.getByTestId('round-2').waitFor();
    await expect.poll(() => storyIdsIn(page, 2)).toContain(fraud);
    const after: unknown[] = [];
    for (let r = 1; r <= 5; r++) after.push(await storyIdsIn(page, r));
    expect(after).toEqual(plan);
  });

  it("explains why a focus competency cannot be covered, from the warning's own button", async () => {
    await page
      .locator('[data-kind="uncovered-focus"]')
      .first()
      .getByRole('button', { name: 'Suggest a story' })
      .click();
    // Kept where the user put it, the fraud story is the only one showing Impact: Suggest says so.
    await expect
      .poll(() => page.getByTestId('suggest-result').innerText())
      .toMatch(
        /Impact in Hiring manager: every story that shows it is needed elsewhere: “Owned the fraud model end to end” \(round 2\)/,
      );
  });

  it('opens a story from a warning in the Stories view', async () => {
    const warning = page.locator('[data-kind="draft-story"], [data-kind="inconsistent-numbers"]').first();
    const button = warning.getByRole('button', { name: /^Open/ }).first();
    await button.click();
    await page.getByRole('heading', { level: 1, name: 'Stories' }).waitFor();
    await openView(page, 'Loops');
    await page.getByTestId('round-5').waitFor();
  });

  it('shows the whole question bank and ranks stories for a question, with reasons', async () => {
    await page.getByRole('button', { name: 'Question bank' }).click();
    const questions = page.getByRole('list', { name: 'Questions' }).getByRole('listitem');
    await expect.poll(() => questions.count()).toBeGreaterThanOrEqual(80);
    await page.getByRole('button', { name: /pushed back on because the model was not ready/ }).click();
    const ranked = page.getByTestId('ranked-stories').getByRole('listitem');
    await ranked.first().waitFor();
    // The story tagged with conflict wins, and says why: the competency it covers and its readiness.
    expect(await ranked.first().innerText()).toContain('Pushed back on a launch date with the PM');
    expect(await ranked.first().innerText()).toMatch(/Covers Conflict and disagreement.*· readiness \d+/);
    await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Loops', exact: true }).click();
    await page.getByTestId('round-5').waitFor();
  });

  it('has no serious accessibility violations, light and dark, and looks right', async () => {
    await page.mouse.move(0, 0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'loops-light.png');
    const dark = await app.open({ colorScheme: 'dark' });
    await openView(dark, 'Loops');
    await dark.getByTestId('round-5').waitFor();
    expect(await seriousViolations(dark)).toEqual([]);
    await screenshot(dark, 'loops-dark.png');
    await dark.getByRole('button', { name: 'Question bank' }).click();
    await dark.getByRole('button', { name: /model that failed in production/ }).click();
    await dark.getByTestId('ranked-stories').getByRole('listitem').first().waitFor();
    expect(await dark.getByTestId('ranked-stories').innerText()).toContain('Rolled back a ranking launch');
    expect(await seriousViolations(dark)).toEqual([]);
    await screenshot(dark, 'questions-dark.png');
    await dark.close();
    expect(app.errors).toEqual([]);
  });
});
