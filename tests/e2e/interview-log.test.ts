// The interview log in real Chromium through the web bridge: plan a loop, mark its first round as done
// (bad input gets its message and loses nothing), change a number in the story, and see the next round
// at the same company warn "told before" with the numbers said then beside the numbers now. Then the
// Companies view (timeline, edit, export, delete), the story's Notes and "Told at", the list's last-told
// sort and never-told filter, and Practice's drill of the questions really asked, worst first.
// axe-core and screenshots at 1440×900 in light and dark along the way.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localIsoDate } from '#shared/practice/calendar';
import { launchApp, type AppUnderTest } from './harness';
import { callApi, openView, screenshot, seedPlanningBank, seriousViolations } from './planning-helpers';
import { waitSaved, waitStoriesReady } from './stories-helpers';

const LATENCY = 'Cut ranking latency with a distilled model';
const FRAUD = 'Owned the fraud model end to end';
const daysAgo = (n: number) => localIsoDate(new Date(Date.now() - n * 24 * 60 * 60 * 1000));

describe('the interview log in real Chromium', () => {
  let app: AppUnderTest;
  let page: Page;
  let ids: Map<string, string>;
  let loopId = '';
  const loopDate = daysAgo(10);

  const dialog = () => page.getByRole('dialog');
  const entries = async () => (await callApi(app, 'getBank', {})).interviews;
  const setTheme = async (scheme: 'light' | 'dark') => {
    await page.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe(scheme);
    // Colours fade between themes (the round zones' background): let them settle before axe measures contrast.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  };

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1440, height: 900 } });
    ids = await seedPlanningBank(app);
    const loop = await callApi(app, 'createLoop', {
      company: 'Orbit Labs',
      role: 'Staff ML engineer',
      date: loopDate,
      frameworkId: 'senior-ml-engineer',
      rounds: [
        { name: 'Phone screen', focus: ['ml.tradeoffs'], storyIds: [ids.get(LATENCY)!, ids.get(FRAUD)!] },
        { name: 'Onsite', focus: ['ml.technical-depth'], storyIds: [ids.get(LATENCY)!] },
      ],
    });
    loopId = loop.id;
    page = app.page;
    await page.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('marks a round as done from the loop: the dialog is filled from the plan, and bad input is explained', async () => {
    await openView(page, 'Loops');
    await page.getByRole('heading', { level: 2, name: /Orbit Labs/ }).waitFor();
    await page.getByRole('button', { name: 'Mark round as done: Phone screen' }).click();
    await dialog().getByRole('heading', { name: 'Mark “Phone screen” as done' }).waitFor();
    // Filled from the plan: company, role, round, the loop's date and the two stories of the round.
    expect(await dialog().getByLabel('Company').inputValue()).toBe('Orbit Labs');
    expect(await dialog().getByLabel('Role').inputValue()).toBe('Staff ML engineer');
    expect(await dialog().getByLabel('Round').inputValue()).toBe('Phone screen');
    expect(await dialog().getByLabel('Date').inputValue()).toBe(loopDate);
    const chips = dialog().locator('.log-stories .tag-chip');
    expect(await chips.allInnerTexts()).toEqual([expect.stringContaining(LATENCY), expect.stringContaining(FRAUD)]);

    // The user corrects what really happened: the fraud story was not told.
    await dialog()
      .getByRole('button', { name: `Remove ${FRAUD}` })
      .click();
    await dialog().getByLabel('Interviewer (optional)').fill('Priya Nair, ML lead');
    await dialog().getByText('4 · Well').click();
    await dialog().getByLabel('Outcome').selectOption('passed');
    // A question from the question bank (type-ahead, Enter adds the best match) and one written out.
    const bank = dialog().getByRole('combobox', { name: 'From the question bank' });
    await bank.fill('trade-off');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().locator('.log-question-row').count()).toBe(1);
    const fromBank = await dialog().getByLabel('Question 1', { exact: true }).inputValue();
    expect(fromBank.toLowerCase()).toContain('trade');
    await dialog().getByLabel('Or write it as it was asked').fill('How would you shard the feature store?');
    await page.keyboard.press('Enter');
    await dialog().getByLabel('How your answer to question 2 went').selectOption('2');
    await dialog().getByLabel('Notes').fill('They pushed on the A/B test length.');

    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'interview-log-dialog-light.png');

    // Bad input: no company, a date in the future. Each gets its message; nothing typed is lost.
    await dialog().getByLabel('Company').fill('');
    await dialog().getByLabel('Date').fill(daysAgo(-3));
    await dialog().getByRole('button', { name: 'Save to the log' }).click();
    await dialog().getByText('Say which company the round was with.').waitFor();
    await dialog().getByText('This date is in the future: log a round once it has happened.').waitFor();
    expect(await dialog().getByRole('alert').innerText()).toMatch(/Fix the fields marked above/);
    expect(await dialog().getByLabel('Company').getAttribute('aria-invalid')).toBe('true');
    expect(await entries()).toEqual([]);
    expect(await dialog().getByLabel('Notes').inputValue()).toBe('They pushed on the A/B test length.');

    await setTheme('dark');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'interview-log-dialog-errors-dark.png');
    await setTheme('light');

    await dialog().getByLabel('Company').fill('Orbit Labs');
    await dialog().getByLabel('Date').fill(loopDate);
    await dialog().getByRole('button', { name: 'Save to the log' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByTestId('logged-notice').waitFor();

    const [entry] = await entries();
    expect(entry).toMatchObject({
      company: 'Orbit Labs',
      role: 'Staff ML engineer',
      loopId,
      roundName: 'Phone screen',
      date: loopDate,
      interviewer: 'Priya Nair, ML lead',
      rating: 4,
      outcome: 'passed',
      notes: 'They pushed on the A/B test length.',
    });
    expect(entry.questions).toEqual([
      { text: fromBank, questionId: expect.any(String) },
      { text: 'How would you shard the feature store?', rating: 2 },
    ]);
    expect(entry.stories.map((s) => s.storyId)).toEqual([ids.get(LATENCY)]);
    // The numbers said then are kept with the entry.
    expect(entry.stories[0].numbersSaid).toContain('40%');
    // The round now says it is done, with its outcome.
    await expect
      .poll(() => page.getByTestId('round-1').locator('.round-done-badge').innerText())
      .toMatch(/Done .* · Passed/);
    // The loop list and the loop's header count it as done, and "planned" counts only the round ahead.
    await expect.poll(() => page.getByTestId('loop-progress').innerText()).toBe('2 rounds · 1 done · 1 of 1 planned');
    expect(await page.getByTestId('loop-header-progress').innerText()).toBe('2 rounds · 1 done · 1 of 1 planned');
    // The done round no longer marks its focus as open.
    expect(await page.getByTestId('round-1').locator('.focus-chip.is-open').count()).toBe(0);
  });

  it('warns on the next round at the same company, with the numbers said then beside the story now', async () => {
    // The story changes after the round: its latency figure is now 45%.
    const story = (await callApi(app, 'getStory', { id: ids.get(LATENCY)! }))!;
    await callApi(app, 'updateStory', {
      id: story.id,
      fields: { result: story.result.replace('40%', '45%') },
      expectedUpdatedAt: story.updatedAt,
    });
    await page.reload();
    await openView(page, 'Loops');
    const told = page.getByTestId('round-2').getByTestId('told-before');
    await told.waitFor();
    expect(await told.innerText()).toMatch(
      new RegExp(`You told ${LATENCY} on .* in the Phone screen round, to Priya Nair, ML lead \\(it went 4/5\\)\\.`),
    );
    expect(await told.innerText()).toMatch(/A number you said then has changed/);
    const row = told.locator('tr.change-changed');
    expect(await row.locator('td').allInnerTexts()).toEqual(['40%', '45%', 'Changed since']);
    // The round that was logged does not warn about itself.
    expect(await page.getByTestId('round-1').getByTestId('told-before').count()).toBe(0);

    await page.getByTestId('round-2').scrollIntoViewIfNeeded();
    for (const scheme of ['light', 'dark'] as const) {
      await setTheme(scheme);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `interview-log-told-before-${scheme}.png`);
    }
    await setTheme('light');
  });

  it('shows the company timeline, edits and exports the log, and flags a number said that changed', async () => {
    await openView(page, 'Companies');
    await page.getByRole('heading', { level: 2, name: 'Orbit Labs' }).waitFor();
    const list = page.getByRole('navigation', { name: 'Companies' });
    expect(await list.getByRole('button').first().innerText()).toMatch(/Orbit Labs\s*Passed so far\s*1 round logged/); // the Onsite is still planned
    const entry = page.getByTestId('timeline-entry');
    expect(await entry.count()).toBe(1);
    const text = await entry.innerText();
    expect(text).toMatch(/Phone screen/);
    expect(text).toMatch(new RegExp(`${LATENCY} · said .*40%`));
    expect(text).toMatch(/How would you shard the feature store\? · answer 2\/5/);
    expect(text).toMatch(/with Priya Nair, ML lead · went 4\/5 \(Well\)/);
    // The Onsite is planned and not logged yet.
    await page.getByRole('button', { name: 'Mark as done: Onsite' }).waitFor();
    // What was said (40%) disagrees with the story as written now (45%).
    expect(await page.getByRole('region', { name: 'Numbers that disagree with what you said' }).innerText()).toMatch(
      /you said 40% in the Phone screen round/,
    );

    // Edit: the outcome changes, and the timeline follows without a reload.
    await page.getByRole('button', { name: `Edit the Phone screen round of ${loopDate}` }).click();
    await dialog().getByLabel('Outcome').selectOption('rejected');
    await dialog().getByRole('button', { name: 'Save changes' }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(() => entry.locator('.state-badge').innerText()).toBe('Rejected');
    expect((await entries())[0].outcome).toBe('rejected');

    for (const scheme of ['light', 'dark'] as const) {
      await setTheme(scheme);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `interview-log-companies-${scheme}.png`);
    }
    await setTheme('light');

    // Export: CSV (imports back) and Markdown, as downloads through the web bridge.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^storybank-interview-log.*\.csv$/);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText).toContain('Orbit Labs');
    expect(csvText).toContain('How would you shard the feature store?');
    const [md] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Markdown' }).click(),
    ]);
    expect(readFileSync((await md.path())!, 'utf8')).toMatch(/Orbit Labs/);
    expect(await page.getByTestId('companies-message').innerText()).toMatch(/Downloaded storybank-interview-log/);
  });

  it('shows Notes and "Told at" on the story, and the list sorts by last told and filters never told', async () => {
    await openView(page, 'Stories');
    await waitStoriesReady(page);
    const list = page.getByTestId('story-list');
    await list.getByRole('button', { name: LATENCY }).click();
    const toldAt = page.getByTestId('told-at');
    await expect.poll(() => toldAt.innerText()).toMatch(/Orbit Labs · Phone screen · .* · to Priya Nair, ML lead/);
    const notes = page.getByLabel('Notes');
    await notes.fill('The 45% is from the Q3 dashboard.');
    await notes.blur();
    await waitSaved(page);
    expect((await callApi(app, 'getStory', { id: ids.get(LATENCY)! }))!.notes).toBe(
      'The 45% is from the Q3 dashboard.',
    );

    await page.getByTestId('told-at').scrollIntoViewIfNeeded();
    for (const scheme of ['light', 'dark'] as const) {
      await setTheme(scheme);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `interview-log-story-notes-${scheme}.png`);
    }
    await setTheme('light');

    // A story never told says so.
    await list.getByRole('button', { name: FRAUD }).click();
    await expect.poll(() => page.getByTestId('told-at').innerText()).toMatch(/Not told in a logged interview yet/);

    const rows = () => page.locator('.story-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-story-id')));
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('last-told');
    await expect.poll(async () => (await rows())[0]).toBe(ids.get(LATENCY));
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('combobox', { name: 'Told in an interview' }).selectOption('never');
    await expect.poll(async () => (await rows()).length).toBe(ids.size - 1);
    expect(await rows()).not.toContain(ids.get(LATENCY));
    await page.getByRole('combobox', { name: 'Told in an interview' }).selectOption('told');
    await expect.poll(rows).toEqual([ids.get(LATENCY)]);
    await page.getByRole('combobox', { name: 'Told in an interview' }).selectOption('');
  });

  it('drills the questions actually asked, the worst-rated answer first', async () => {
    await openView(page, 'Practice');
    await page.getByRole('combobox', { name: 'Draw from' }).selectOption('asked');
    await expect.poll(() => page.getByTestId('question').innerText()).toBe('How would you shard the feature store?');
    expect(await page.getByTestId('asked-meta').innerText()).toMatch(/Asked at Orbit Labs on .* · your answer: 2\/5/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'interview-log-practice-asked-light.png');
  });

  it('deletes a log entry after asking, and the warnings go with it', async () => {
    await openView(page, 'Companies');
    await page.getByRole('button', { name: `Delete the Phone screen round of ${loopDate}` }).click();
    const confirm = page.getByRole('dialog', { name: /Delete the Phone screen round from the log\?/ });
    await confirm.getByRole('button', { name: 'Delete entry' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('timeline-entry').count()).toBe(0);
    expect(await entries()).toEqual([]);
    await openView(page, 'Loops');
    await page.getByRole('button', { name: 'Mark round as done: Phone screen' }).waitFor();
    expect(await page.getByTestId('told-before').count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('logs a round that was never planned, from the keyboard, for a new company', async () => {
    await openView(page, 'Companies');
    await page.getByRole('button', { name: 'Log a round' }).click();
    await dialog().getByRole('heading', { name: 'Log a round' }).waitFor();
    // Focus starts inside the dialog; the fields are reached with Tab, and Enter saves.
    await dialog().getByLabel('Company').fill('Nimbus Health');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Applied scientist');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Recruiter call');
    await page.keyboard.press('Enter');
    await dialog().waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 2, name: 'Nimbus Health' }).waitFor();
    const [entry] = (await entries()).filter((e) => e.company === 'Nimbus Health');
    expect(entry).toMatchObject({ role: 'Applied scientist', roundName: 'Recruiter call', outcome: 'waiting' });
    expect(entry.loopId).toBeUndefined();
    expect(entry.date).toBe(localIsoDate(new Date()));
    expect(await page.getByRole('navigation', { name: 'Companies' }).innerText()).toMatch(
      /Nimbus Health\s*Waiting to hear\s*1 round logged/,
    );
    expect(app.errors).toEqual([]);
  });
});
