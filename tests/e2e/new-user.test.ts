// What a new user tripped over (#14), each in real headless Chromium through the web bridge with a fresh bank.
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppUnderTest } from './harness';
import { callApi, waitSaved } from './stories-helpers';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function openStory(a: AppUnderTest, title: string) {
  await a.page.reload();
  await a.page
    .getByTestId('story-list')
    .getByRole('button', { name: new RegExp(title) })
    .click();
  await a.page.getByRole('textbox', { name: 'Title' }).waitFor();
}

describe('a new user', () => {
  it('adds tags with Enter right after typing: part of a name, an exact name, a stage, a new company', async () => {
    app = await launchApp();
    const { id } = await callApi(app, 'createStory', { fields: { title: 'Tag me', situation: 'Some text.' } });
    await openStory(app, 'Tag me');
    const { page } = app;
    const add = async (picker: string, text: string, chip: string) => {
      await page.getByRole('combobox', { name: picker }).click();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: `Remove ${chip}`, exact: true }).waitFor({ timeout: 5_000 });
      expect(await page.getByRole('combobox', { name: picker }).inputValue()).toBe('');
      await page.keyboard.press('Escape');
    };
    await add('Competencies', 'owner', 'Ownership end to end');
    await add('Competencies', 'Technical depth', 'Technical depth');
    await add('Interview stages', 'hiring', 'Hiring manager');
    await add('Companies', 'Acme Robotics', 'Acme Robotics');
    await waitSaved(page);
    expect(await callApi(app, 'getStory', { id })).toMatchObject({
      competencies: ['ml.ownership', 'ml.technical-depth'],
      stages: ['hiring-manager'],
      companies: ['Acme Robotics'],
    });
  });

  it('charts one attempt today on an axis of days around today, not years', async () => {
    app = await launchApp();
    const { id } = await callApi(app, 'createStory', { fields: { title: 'Once', situation: 'Some text.' } });
    await callApi(app, 'addRehearsal', { storyId: id, seconds: 95, rating: 4 });
    const { page } = app;
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Practice' }).click();
    await page.getByRole('tab', { name: 'Progress' }).click();
    const chart = page.getByTestId('duration-chart');
    await chart.locator('canvas').waitFor();
    await expect.poll(() => chart.getAttribute('data-x-max')).not.toBeNull();
    const [min, max] = await Promise.all([chart.getAttribute('data-x-min'), chart.getAttribute('data-x-max')]);
    const now = Date.now() / 1000;
    expect(Number(min)).toBeLessThan(now);
    expect(Number(max)).toBeGreaterThan(now);
    expect((Number(max) - Number(min)) / 86_400, 'days shown').toBeLessThanOrEqual(3);
  });

  it('after a 6.6-second answer the clock, the status, the rating form and the log all say 6 s, and rating 4 does not call it on time', async () => {
    app = await launchApp();
    const { id } = await callApi(app, 'createStory', {
      fields: { title: 'Short answer', status: 'ready', situation: 'Some text.', result: 'It went well.' },
    });
    await app.page.close();
    const T0 = Date.now();
    await app.context.clock.install({ time: T0 });
    const page = await app.open();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Practice' }).click();
    await page.getByTestId('practice-queue').waitFor();
    await app.context.clock.pauseAt(T0 + 60_000);
    await page.getByRole('button', { name: 'Practice “Short answer”' }).click();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Space');
    await app.context.clock.runFor(6_600);
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: /How did that go\?/ }).waitFor();
    expect(await page.getByTestId('timer').innerText()).toBe('0:06');
    expect(await page.locator('.timer-status').innerText()).toBe('Stopped at 6 s');
    expect(await page.getByRole('heading', { name: /How did that go\?/ }).innerText()).toContain('(6 s)');
    await page.keyboard.press('4');
    const meaning = await page.locator('.rating-meaning').innerText();
    expect(meaning).not.toMatch(/on time/i);
    expect(await page.getByTestId('rating-timing').innerText()).toBe('Took 6 s: shorter than the 1:30–2:00 target.');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Logged' }).innerText())
      .toContain('Logged 0:06');
    expect((await callApi(app, 'getStory', { id })).rehearsals.map((r) => r.seconds)).toEqual([6]);
  });

  it('the F8 tooltip has the same opaque background as the hover one', async () => {
    app = await launchApp();
    await callApi(app, 'createStory', {
      fields: { title: 'Vague', situation: 'The team was slow.', result: 'I led the redesign of the onboarding flow.' },
    });
    await openStory(app, 'Vague');
    const { page } = app;
    await page.getByRole('textbox', { name: 'Title' }).focus();
    await page.keyboard.press('F8');
    const tip = page.locator('.cm-finding-tooltip').first();
    await tip.waitFor();
    const style = await tip.evaluate((el) => {
      const own = getComputedStyle(el);
      return { background: own.backgroundColor, width: el.getBoundingClientRect().width };
    });
    expect(style.background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
  });

  it('an address without its access key says so and how to get a fresh one, with no dead Try again', async () => {
    app = await launchApp();
    const page = await app.context.newPage();
    await page.goto(`http://127.0.0.1:${app.bridge.port}/`);
    await page.getByRole('heading', { name: 'This address is missing its access key' }).waitFor();
    const screen = await page.getByTestId('bank-problem').innerText();
    expect(screen).toContain('#token=');
    expect(screen).toContain('npm run web');
    expect(screen).not.toMatch(/Try again|restore a backup/i);
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    await page.close();
  });

  it('an import preview scrolls inside the page at 1440×900: the app stays one window tall', async () => {
    app = await launchApp({ viewport: { width: 1440, height: 900 } });
    const { page } = app;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Export' }).click();
    const stories = Array.from(
      { length: 40 },
      (_, i) => `## Story ${i + 1}\nS: Situation ${i + 1}.\nT: Task.\nA: Action.\nR: Result ${i + 1}.\n`,
    ).join('\n');
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'stories.md', mimeType: 'text/markdown', buffer: Buffer.from(stories) });
    await page.getByTestId('import-preview').waitFor();
    const sizes = await page.evaluate(() => ({
      document: document.documentElement.scrollHeight,
      body: document.body.scrollHeight,
      window: window.innerHeight,
    }));
    expect(sizes.document, JSON.stringify(sizes)).toBeLessThanOrEqual(sizes.window);
    expect(sizes.body).toBeLessThanOrEqual(sizes.window);
  });

  it("the story book for all stories does not take a loop's interview date after the loop was chosen", async () => {
    app = await launchApp();
    const { id } = await callApi(app, 'createStory', { fields: { title: 'One', situation: 'Text.', result: 'Done.' } });
    await callApi(app, 'createLoop', {
      company: 'Acme',
      role: 'Staff',
      date: '2030-01-15',
      frameworkId: 'senior-ml-engineer',
      rounds: [{ name: 'Onsite', focus: [], storyIds: [id] }],
    });
    const { page } = app;
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Export' }).click();
    await page.getByRole('radio', { name: 'Story book' }).check();
    await page.getByRole('radio', { name: 'One interview loop' }).check();
    await expect.poll(() => page.getByLabel('Date', { exact: true }).inputValue()).toBe('2030-01-15');
    await page.getByRole('radio', { name: /All stories/ }).check();
    expect(await page.getByLabel('Date', { exact: true }).inputValue()).toBe('');
  });

  it("Trash deletes a story forever after the app's own confirmation; deleting a loop asks in the same dialog", async () => {
    app = await launchApp();
    const keep = await callApi(app, 'createStory', { fields: { title: 'Keep me', situation: 'Text.' } });
    const gone = await callApi(app, 'createStory', { fields: { title: 'Gone for good', situation: 'Text.' } });
    await callApi(app, 'deleteStory', { id: gone.id });
    await callApi(app, 'deleteStory', { id: keep.id });
    const { page } = app;
    let nativeDialogs = 0;
    page.on('dialog', (d) => {
      nativeDialogs++;
      void d.dismiss();
    });
    await page.reload();
    await page.getByRole('button', { name: 'Trash', exact: true }).click();
    const trash = page.getByRole('dialog', { name: 'Trash' });
    await trash.getByRole('button', { name: 'Delete Gone for good forever' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this story forever?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(
      (await callApi(app, 'getBank', {})).stories
        .filter((s) => s.deletedAt)
        .map((s) => s.title)
        .sort(),
    ).toEqual(['Gone for good', 'Keep me']);
    await trash.getByRole('button', { name: 'Delete Gone for good forever' }).click();
    await confirm.getByRole('button', { name: 'Delete forever' }).click();
    await expect
      .poll(async () => (await callApi(app!, 'getBank', {})).stories.filter((s) => s.deletedAt).map((s) => s.title))
      .toEqual(['Keep me']);
    await expect.poll(() => trash.getByRole('listitem').allInnerTexts()).toHaveLength(1);
    await page.keyboard.press('Escape');

    await callApi(app, 'createLoop', {
      company: 'Globex',
      role: 'Staff',
      frameworkId: 'senior-ml-engineer',
      rounds: [],
    });
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Loops' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const ask = page.getByRole('dialog', { name: 'Delete the Globex loop?' });
    await ask.getByRole('button', { name: 'Delete loop' }).click();
    await expect.poll(async () => (await callApi(app!, 'getBank', {})).loops.length).toBe(0);
    expect(nativeDialogs).toBe(0);
  });
});
