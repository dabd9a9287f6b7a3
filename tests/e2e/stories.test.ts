// The story workspace end to end, in real headless Chromium through the web bridge: write a story,
// see a vague claim marked with the analyzer's message, fix it, tag it, reload, search, trash, restore.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '#shared/analysis/index';
import { launchApp, type AppUnderTest } from './harness';
import { callApi, sectionEditor, typeInSection, waitSaved } from './stories-helpers';

// Typed without the full stop, so the fix completes the same sentence.
const VAGUE = 'I led the redesign of the onboarding flow';
const FIX = ', and activation rose from 31% to 47% across 12,000 signups.';

describe('the story workspace', () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('starts empty, offering a guided first story and samples', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: 'Your story bank is empty' }).waitFor();
    await page.getByRole('button', { name: 'Start a guided first story' }).waitFor();
    await page.getByRole('button', { name: 'Add three sample stories' }).waitFor();
  });

  it('marks a vague claim in Result with the analyzer message, and removes the mark once it has a number', async () => {
    const { page } = app;
    await page.keyboard.press('Control+n');
    const title = page.getByRole('textbox', { name: 'Title' });
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Onboarding activation');

    await typeInSection(page, 'result', VAGUE);
    const expected = analyzeText(VAGUE, { section: 'result' }).findings.find((f) => f.severity === 'error');
    expect(expected, 'the analyzer calls this sentence vague').toBeDefined();
    const mark = sectionEditor(page, 'result').locator('.cm-finding-error');
    await mark.first().waitFor();
    expect(VAGUE.slice(expected!.start, expected!.end)).toContain(await mark.first().innerText());

    // The issues panel lists it with the same message; hovering the mark explains it too.
    await expect.poll(() => page.getByTestId('issues-list').innerText()).toContain(expected!.message);
    await mark.first().hover();
    await expect.poll(() => page.locator('.cm-finding-tooltip').first().innerText()).toContain(expected!.message);

    // Keyboard: F8 from the title jumps to the finding and announces it.
    await title.focus();
    await page.keyboard.press('F8');
    await expect.poll(() => page.getByTestId('finding-announcer').innerText()).toContain(expected!.message);

    await typeInSection(page, 'result', FIX);
    await expect.poll(() => sectionEditor(page, 'result').locator('.cm-finding-error').count()).toBe(0);
    expect(analyzeText(VAGUE + FIX, { section: 'result' }).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('tags the story with a competency and a stage by type-ahead', async () => {
    const { page } = app;
    const competencies = page.getByRole('combobox', { name: 'Competencies' });
    await competencies.click();
    await page.keyboard.type('owners');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Remove Ownership end to end' }).waitFor();
    const stages = page.getByRole('combobox', { name: 'Interview stages' });
    await stages.click();
    await page.keyboard.type('hiring');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Remove Hiring manager' }).waitFor();
    await waitSaved(page);
  });

  it('finds everything persisted after a reload (and reopens the last story)', async () => {
    const { page } = app;
    await page.reload();
    const title = page.getByRole('textbox', { name: 'Title' });
    await expect.poll(() => title.inputValue()).toBe('Onboarding activation');
    await expect.poll(() => sectionEditor(page, 'result').innerText()).toBe(VAGUE + FIX);
    await page.getByRole('button', { name: 'Remove Ownership end to end' }).waitFor();
    await page.getByRole('button', { name: 'Remove Hiring manager' }).waitFor();
    const stored = (await callApi(app, 'getBank', {})).stories.filter((s) => !s.deletedAt);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      title: 'Onboarding activation',
      result: VAGUE + FIX,
      competencies: ['ml.ownership'],
      stages: ['hiring-manager'],
    });
    expect((await callApi(app, 'getBank', {})).settings.lastOpenStoryId).toBe(stored[0].id);
  });

  it('undoes and redoes typing in a section', async () => {
    const { page } = app;
    await typeInSection(page, 'task', 'I owned activation.');
    await page.keyboard.press('Control+z');
    await expect.poll(() => sectionEditor(page, 'task').innerText()).not.toContain('I owned activation.');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => sectionEditor(page, 'task').innerText()).toContain('I owned activation.');
    await waitSaved(page);
  });

  it('search finds the story by a word from its Result and highlights the match', async () => {
    const { page } = app;
    await callApi(app, 'createStory', { fields: { title: 'Unrelated story', action: 'I rewrote the scheduler.' } });
    await page.reload();
    await page.getByTestId('story-list').waitFor();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('signups');
    const rows = page.getByTestId('story-list').getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('Onboarding activation');
    expect(await rows.first().locator('mark').first().innerText()).toMatch(/signups/i);
    await page.keyboard.press('Escape');
    await expect.poll(() => rows.count()).toBe(2);
  });

  it('moves a story to the trash and restores it', async () => {
    const { page } = app;
    await page
      .getByTestId('story-list')
      .getByRole('button', { name: /Onboarding activation/ })
      .click();
    await page.getByRole('button', { name: 'Move to trash' }).click();
    await expect.poll(() => page.getByTestId('story-list').getByRole('listitem').count()).toBe(1);
    // The button that acted went with the story: keyboard focus is on Undo, not lost to the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await expect
      .poll(async () => (await callApi(app, 'getBank', {})).stories.filter((s) => s.deletedAt).map((s) => s.title))
      .toEqual(['Onboarding activation']);
    await page.getByRole('button', { name: 'Trash', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Trash' })
      .getByRole('button', { name: 'Restore Onboarding activation' })
      .click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('story-list').getByRole('listitem').count()).toBe(2);
    expect((await callApi(app, 'getBank', {})).stories.filter((s) => s.deletedAt)).toEqual([]);
    await expect.poll(() => page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Onboarding activation');
  });

  it('duplicates a story and puts the cursor in the copy’s title', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await expect.poll(() => page.getByTestId('story-list').getByRole('listitem').count()).toBe(3);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('story-title');
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toMatch(/Onboarding activation/);
  });

  it('logged no console errors (including CSP violations from editor styles)', () => {
    expect(app.errors).toEqual([]);
  });
});
