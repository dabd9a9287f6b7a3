// A job description pasted into a loop, in real Chromium: the competencies it asks for with their quoted
// evidence, the seniority signals and keywords; the user edits the choice and accepts it as the loop's
// focus; Suggest plans the round that has no focus of its own for it, and the question bank ranks by it.
// The job description below is our own, written for this test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type AppUnderTest } from './harness';
import { callApi, openView, screenshot, seedPlanningBank, seriousViolations } from './planning-helpers';

const JOB = `Senior Machine Learning Engineer, Search Quality

About us
Lumen Grocers delivers fresh food to two million households.

What you will do
- Own our ranking models end to end, from offline experiments to production.
- Drive measurable impact on conversion and basket size.
- Work closely with product managers and designers, and resolve disagreements with data.
- Mentor two junior engineers.

What we are looking for
- 5+ years building ML systems at scale.
- Python, PyTorch, Spark and SQL.

Nice to have
- Experience leading a team through ambiguous problems.
`;

const storyTitlesIn = (page: Page, round: number) =>
  page.locator(`[data-testid="round-${round}"] [data-story-id] .story-card-title`).allInnerTexts();

describe('a job description becomes the loop focus, in real Chromium', () => {
  let app: AppUnderTest;
  let page: Page;
  let loopId: string;

  beforeAll(async () => {
    app = await launchApp();
    await seedPlanningBank(app);
    const loop = await callApi(app, 'createLoop', {
      company: 'Lumen Grocers',
      role: 'Senior MLE',
      date: '2026-12-20',
      frameworkId: 'senior-ml-engineer',
      rounds: [
        { name: 'Hiring manager', focus: [], storyIds: [] },
        { name: 'Behavioral', focus: ['ml.conflict'], storyIds: [] },
      ],
    });
    loopId = loop.id;
    page = app.page;
    await page.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the competencies with quoted evidence, the signals and the keywords', async () => {
    await openView(page, 'Loops');
    await page.getByRole('heading', { level: 2, name: /Lumen Grocers/ }).waitFor();
    await page.getByRole('button', { name: 'Paste a job description' }).click();
    await page.getByLabel('The job description, as the company wrote it').fill(JOB);
    await page.getByRole('button', { name: 'Find the focus' }).click();
    const review = page.getByRole('form', { name: 'Focus from the job description' });
    await review.waitFor();

    const ownership = review.getByRole('checkbox', { name: /Ownership end to end/ });
    await expect.poll(() => ownership.isChecked()).toBe(true);
    const why = review.getByRole('list', { name: 'Why Ownership end to end' });
    expect(await why.locator('mark').allInnerTexts()).toEqual(['Own', 'end to end']);
    expect(await why.innerText()).toContain('our ranking models');
    // Asked for: ticked. Only under "Nice to have": offered, not ticked.
    expect(await review.getByRole('checkbox', { name: /Mentoring/ }).isChecked()).toBe(true);
    const ambiguity = review.getByRole('checkbox', { name: /Ambiguity/ });
    expect(await ambiguity.isChecked()).toBe(false);
    expect(await review.getByText('mentioned in passing').count()).toBe(2);
    // A tool list is keywords, never a competency.
    expect(
      await review.getByRole('list', { name: 'Technical keywords' }).getByRole('listitem').allInnerTexts(),
    ).toEqual(['Python', 'PyTorch', 'Spark', 'SQL']);
    const signals = review.locator('.job-signals > li > strong');
    expect(await signals.allInnerTexts()).toEqual(
      expect.arrayContaining(['Ownership', 'Production', 'Scale', 'Years of experience']),
    );
    expect(await review.getByRole('list', { name: 'Where it says years of experience' }).innerText()).toContain(
      '5+ years',
    );
  });

  it('saves the edited choice as the loop focus, strongest first', async () => {
    const review = page.getByRole('form', { name: 'Focus from the job description' });
    await review.getByRole('checkbox', { name: /Mentoring/ }).uncheck();
    await review.getByRole('checkbox', { name: /Cross-functional collaboration/ }).uncheck();
    await review.getByLabel('Add a competency').selectOption({ label: 'Production and reliability' });
    await review.getByRole('checkbox', { name: /Production and reliability/ }).waitFor();
    await review.getByRole('button', { name: 'Use 4 as the loop’s focus' }).click();
    const chips = page.getByRole('list', { name: 'Loop focus' });
    await chips.waitFor();
    expect(await chips.getByRole('listitem').allInnerTexts()).toEqual([
      'Ownership end to end',
      'Impact',
      'Conflict and disagreement',
      'Production and reliability',
    ]);
    const saved = (await callApi(app, 'getBank', {})).loops.find((l) => l.id === loopId)!;
    expect(saved.focus).toEqual(['ml.ownership', 'ml.impact', 'ml.conflict', 'ml.production-reliability']);
    expect(saved.jobDescription).toBe(JOB.trim());
    // The round with no focus of its own now shows the job focus; the other keeps its own.
    await page.getByTestId('round-1').getByText('planned for the job focus').waitFor();
    expect(
      await page
        .getByTestId('round-1')
        .getByRole('list', { name: /from the job description/ })
        .count(),
    ).toBe(1);
    expect(await page.getByTestId('round-2').getByText('planned for the job focus').count()).toBe(0);
  });

  it('Suggest plans the open round for the job focus', async () => {
    await page.getByRole('button', { name: 'Suggest', exact: true }).click();
    await expect.poll(() => storyTitlesIn(page, 1).then((t) => t.length)).toBeGreaterThan(0);
    const first = await storyTitlesIn(page, 1);
    expect(first).toEqual(
      expect.arrayContaining(['Owned the fraud model end to end', 'Rolled back a ranking launch that hurt new users']),
    );
    expect(await storyTitlesIn(page, 2)).toEqual(['Pushed back on a launch date with the PM']);
  });

  it('reopens the saved review with the accepted choice', async () => {
    await page.getByRole('button', { name: 'Review the focus' }).click();
    const review = page.getByRole('form', { name: 'Focus from the job description' });
    await review.waitFor();
    expect(await review.getByRole('checkbox', { name: /Mentoring/ }).isChecked()).toBe(false);
    expect(await review.getByRole('checkbox', { name: /Production and reliability/ }).isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'job-focus-review-light.png');
    await review.getByRole('button', { name: 'Cancel' }).click();
  });

  it('ranks the question bank for the loop focus', async () => {
    await page.getByRole('button', { name: 'Question bank' }).click();
    const rankFor = page.getByLabel('Rank for a loop’s job focus');
    await rankFor.waitFor();
    expect(await rankFor.inputValue()).toBe(loopId);
    const questions = page.getByRole('list', { name: 'Questions' }).getByRole('listitem');
    // The first questions probe the strongest focus (ownership) and say so.
    expect(await questions.first().innerText()).toMatch(/job focus[\s\S]*Ownership end to end/);
    await rankFor.selectOption('');
    expect(await page.getByText('job focus', { exact: true }).count()).toBe(0);
    await rankFor.selectOption(loopId);
    // The stories for a question follow the focus too: of two that answer it equally, the one that also
    // covers what the job asks for comes first, and says so.
    await page.getByRole('button', { name: /delivering something important with far fewer resources/ }).click();
    const ranked = page.getByTestId('ranked-stories');
    await ranked.getByTestId('ranked-for-focus').waitFor();
    expect(await ranked.getByTestId('ranked-for-focus').innerText()).toContain('the Lumen Grocers job focus');
    const items = ranked.locator('.ranked-item');
    expect(await items.first().locator('strong').innerText()).toBe('Owned the fraud model end to end');
    expect(await items.first().innerText()).toContain('fits the job focus: Ownership end to end, Impact');
    await page.mouse.move(0, 0);
    await screenshot(page, 'question-bank-ranked-for-focus-light.png');
    await rankFor.selectOption('');
    await expect.poll(() => ranked.getByTestId('ranked-for-focus').count()).toBe(0);
    expect(await ranked.innerText()).not.toContain('job focus');
    await rankFor.selectOption(loopId);
    await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Loops', exact: true }).click();
    await page.getByTestId('round-1').waitFor();
  });

  it('reads a huge HTML paste as text, says it was cut, and refuses a paste with no words', async () => {
    await page.getByRole('button', { name: 'Review the focus' }).click();
    await page.getByRole('button', { name: 'Edit the text' }).click();
    const field = page.getByLabel('The job description, as the company wrote it');
    const html = `<h2>What you&rsquo;ll do</h2><ul><li>Mentor two engineers &amp; run design reviews</li></ul>`;
    const huge = html + `<p>${'Our office has plants. '.repeat(3_000)}</p>`;
    expect(huge.length).toBeGreaterThan(60_000);
    await field.fill(huge);
    await page.getByRole('button', { name: 'Find the focus' }).click();
    const review = page.getByRole('form', { name: 'Focus from the job description' });
    await review.waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'keeps and reads the first 50,000' }).count()).toBe(1);
    expect(await review.getByRole('checkbox', { name: /Mentoring/ }).isChecked()).toBe(true);
    const why = await review.getByRole('list', { name: 'Why Mentoring' }).innerText();
    expect(why).toContain('Mentor two engineers & run design reviews');
    expect(why).not.toMatch(/<li>|&amp;/);
    await review.getByRole('button', { name: 'Edit the text' }).click();
    await field.fill('<div><br></div>');
    await page.getByRole('button', { name: 'Find the focus' }).click();
    await page.getByRole('alert').filter({ hasText: 'no words to read' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    const saved = (await callApi(app, 'getBank', {})).loops.find((l) => l.id === loopId)!;
    expect(saved.jobDescription).toBe(JOB.trim());
    await page.getByRole('list', { name: 'Loop focus' }).waitFor();
  });

  it('has no serious accessibility violations in dark, and looks right', async () => {
    await page.mouse.move(0, 0);
    await screenshot(page, 'job-focus-loop-light.png');
    const dark = await app.open({ colorScheme: 'dark' });
    await openView(dark, 'Loops');
    await dark.getByRole('heading', { level: 2, name: /Lumen Grocers/ }).waitFor();
    await dark.getByRole('list', { name: 'Loop focus' }).waitFor();
    expect(await seriousViolations(dark)).toEqual([]);
    await screenshot(dark, 'job-focus-loop-dark.png');
    await dark.getByRole('button', { name: 'Review the focus' }).click();
    await dark.getByRole('form', { name: 'Focus from the job description' }).waitFor();
    expect(await seriousViolations(dark)).toEqual([]);
    await screenshot(dark, 'job-focus-review-dark.png');
    await dark.close();
    expect(app.errors).toEqual([]);
  });
});

describe('editing a competency’s job-description phrases on a copied framework', () => {
  let app: AppUnderTest;
  afterAll(async () => {
    await app?.close();
  });

  it('a phrase added in the framework editor finds the competency in a pasted job description', async () => {
    app = await launchApp();
    const copy = await callApi(app, 'copyFramework', { frameworkId: 'senior-ml-engineer' });
    const page = app.page;
    await page.reload();
    await openView(page, 'Coverage');
    await page.getByRole('button', { name: 'Edit competencies' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const row = dialog.locator('.competency-row').nth(1);
    expect(await row.getByRole('textbox', { name: 'Competency 2 name' }).inputValue()).toBe('Ownership end to end');
    await row.getByText('Job description phrases').click();
    const phrases = row.getByRole('textbox', { name: 'Phrases that ask for Ownership end to end, one per line' });
    // The copy starts from the built-in phrases.
    expect((await phrases.inputValue()).split('\n').length).toBeGreaterThan(3);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'lexicon-editor-light.png');
    await phrases.fill(`${await phrases.inputValue()}\n  steward the platform  \n\n`);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });

    const saved = (await callApi(app, 'getBank', {})).frameworks.find((f) => f.id === copy.id)!;
    const ownership = saved.competencies.find((c) => c.id === 'ml.ownership')!;
    expect(ownership.lexicon?.at(-1)).toBe('steward the platform');

    await callApi(app, 'createLoop', {
      company: 'Quill Labs',
      role: 'Staff engineer',
      frameworkId: copy.id,
      rounds: [{ name: 'Hiring manager', focus: [], storyIds: [] }],
    });
    await page.reload();
    await openView(page, 'Loops');
    await page.getByRole('heading', { level: 2, name: /Quill Labs/ }).waitFor();
    await page.getByRole('button', { name: 'Paste a job description' }).click();
    await page
      .getByLabel('The job description, as the company wrote it')
      .fill('Staff engineer\n\nWhat you will do\n- Steward the platform that serves our search models.\n');
    await page.getByRole('button', { name: 'Find the focus' }).click();
    const review = page.getByRole('form', { name: 'Focus from the job description' });
    expect(await review.getByRole('checkbox', { name: /Ownership end to end/ }).isChecked()).toBe(true);
    expect(
      await review.getByRole('list', { name: 'Why Ownership end to end' }).locator('mark').allInnerTexts(),
    ).toEqual(['Steward the platform']);
    expect(app.errors).toEqual([]);
  });
});
