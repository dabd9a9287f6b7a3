// Practice in real Chromium with a controlled clock: run a drill, stop the timer after exactly 95
// seconds, rate, see the log and the queue update, reload and find the log persisted; axe-core on
// the view in both themes; screenshots for review.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchApp, ROOT, type AppUnderTest } from './harness';
import { callApi } from './stories-helpers';

const DAY = 24 * 60 * 60 * 1000;
/** The browser's clock starts here (local time): Friday Nov 28, 2025, 09:00. */
const T0 = new Date(2025, 10, 28, 9, 0).getTime();
const SHOTS = join(ARTIFACTS_DIR, 'screenshots');
const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const isoDate = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const STAR = {
  project: 'Ranking platform',
  role: 'Senior ML engineer',
  situation: 'Our ranking service missed its p99 latency target of 200 ms during peak traffic of 40k QPS.',
  task: 'I owned bringing p99 under target without losing model quality.',
  action:
    'I profiled the feature fetch path, moved the slowest 12 features to a precomputed cache and distilled the model to half its size.',
  result: 'p99 latency fell from 340 ms to 150 ms and click-through rose 2% in the A/B test.',
  reflection: 'I would have set up latency budgets per feature from the start.',
};

async function seed(app: AppUnderTest): Promise<{ latency: string; pushback: string; mentor: string }> {
  const latency = await callApi(app, 'createStory', {
    fields: {
      ...STAR,
      title: 'Cut ranking p99 latency in half',
      status: 'ready',
      competencies: ['ml.ownership', 'ml.technical-depth'],
    },
  });
  const pushback = await callApi(app, 'createStory', {
    fields: { ...STAR, title: 'Pushed back on a risky launch', status: 'ready', competencies: ['ml.conflict'] },
  });
  const mentor = await callApi(app, 'createStory', {
    fields: {
      ...STAR,
      title: 'Grew a new hire into the on-call lead',
      status: 'ready',
      competencies: ['ml.mentoring'],
    },
  });
  // History: the pushback story was told well 10 days ago (due after 3 days: now a week overdue);
  // the mentoring story was nailed 2 days ago (a first Easy is due after 8 days: in 6).
  await callApi(app, 'addRehearsal', {
    storyId: pushback.id,
    at: new Date(T0 - 10 * DAY).toISOString(),
    seconds: 118,
    rating: 4,
  });
  await callApi(app, 'addRehearsal', {
    storyId: mentor.id,
    at: new Date(T0 - 2 * DAY).toISOString(),
    seconds: 104,
    rating: 5,
  });
  await callApi(app, 'createLoop', {
    company: 'Acme',
    role: 'Staff ML engineer',
    date: isoDate(T0 + 3 * DAY),
    frameworkId: 'senior-ml-engineer',
    rounds: [{ name: 'Hiring manager', focus: ['ml.ownership'], storyIds: [latency.id] }],
  });
  return { latency: latency.id, pushback: pushback.id, mentor: mentor.id };
}

async function openPractice(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Practice' }).click();
  await page.getByTestId('practice-queue').waitFor();
}

/** Takes focus out of any field or button, so the drill's keys go to the page. */
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

const queueTitles = (page: Page) => page.getByTestId('practice-queue').locator('.queue-title').allInnerTexts();

async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };
    const axe = (
      window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Violation[] }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

describe('practice: a drill against a controlled clock', () => {
  let app: AppUnderTest;
  let page: Page;
  let ids: Awaited<ReturnType<typeof seed>>;

  beforeAll(async () => {
    app = await launchApp();
    ids = await seed(app);
    await app.page.close();
    // The clock must be installed before the app loads, so every timer in the page is fake.
    await app.context.clock.install({ time: T0 });
    page = await app.open();
    await openPractice(page);
    await app.context.clock.pauseAt(T0 + 60_000);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('ranks the loop story first, then the overdue one, with reasons', async () => {
    expect(await queueTitles(page)).toEqual([
      'Cut ranking p99 latency in half',
      'Pushed back on a risky launch',
      'Grew a new hire into the on-call lead',
    ]);
    const reasons = await page.getByTestId('practice-queue').locator('.queue-reason').allInnerTexts();
    expect(reasons[0]).toBe(
      'never rehearsed; in your Acme loop on Dec 1 (Hiring manager); covers Ownership end to end',
    );
    expect(reasons[1]).toBe('due 7 days ago');
    expect(reasons[2]).toBe('due in 6 days');
  });

  it('keeps the draw button on the line of its choices at 1280 wide', async () => {
    const before = page.viewportSize()!;
    await page.setViewportSize({ width: 1280, height: 800 });
    const choice = (await page.getByRole('combobox', { name: 'Draw from' }).boundingBox())!;
    const draw = (await page.getByRole('button', { name: /^Draw a question/ }).boundingBox())!;
    expect(Math.abs(choice.y + choice.height / 2 - (draw.y + draw.height / 2))).toBeLessThan(4);
    await page.setViewportSize(before);
  });

  it('runs a drill: practice the top story, time exactly 95 s, rate it, and log it', async () => {
    await page.getByRole('button', { name: 'Practice “Cut ranking p99 latency in half”' }).click();
    const question = await page.getByTestId('question').innerText();
    expect(question.length).toBeGreaterThan(10);
    expect(await page.getByRole('radio', { name: /Cut ranking p99 latency in half/ }).isChecked()).toBe(true);
    // Cues start hidden; C shows them.
    expect(await page.getByTestId('cues').count()).toBe(0);
    await page.keyboard.press('c');
    await expect.poll(() => page.getByTestId('cues').innerText()).toContain('p99 latency fell from 340 ms to 150 ms');
    await page.keyboard.press('c');

    await blur(page);
    await page.keyboard.press('Space');
    await app.context.clock.runFor(95_000);
    await expect.poll(() => page.getByTestId('timer').innerText()).toBe('1:35');
    expect(await page.locator('.timer').getAttribute('class')).toContain('tone-calm');
    await page.screenshot({ path: join(SHOTS, 'practice-drill-running-light.png') });
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: /How did that go\?/ }).waitFor();
    expect(await page.getByTestId('timer').innerText()).toBe('1:35');

    await page.keyboard.press('4');
    expect(await page.getByRole('radio', { name: /4\s*Good/ }).getAttribute('aria-checked')).toBe('true');
    await page.getByRole('textbox', { name: /Note/ }).fill('Say the 2% CTR gain earlier.');
    await blur(page);
    await page.screenshot({ path: join(SHOTS, 'practice-drill-rate-light.png') });
    await page.keyboard.press('Enter');

    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Logged' }).innerText())
      .toContain('Logged 1:35, rated 4');
    const log = page.getByTestId('attempt-log');
    await expect.poll(() => log.locator('li').count()).toBe(1);
    const entry = await log.locator('li').first().innerText();
    expect(entry).toContain('1:35');
    expect(entry).toContain('on target');
    expect(entry).toContain('4 · Good');
    expect(entry).toContain(question);
    expect(entry).toContain('Say the 2% CTR gain earlier.');
  });

  it('updates the queue: the story just told steps back, the overdue one comes first', async () => {
    // Just told (recall ≈ 100%) and done for today, it drops below the story due in 6 days.
    await expect
      .poll(() => queueTitles(page))
      .toEqual([
        'Pushed back on a risky launch',
        'Grew a new hire into the on-call lead',
        'Cut ranking p99 latency in half',
      ]);
    const reasons = await page.getByTestId('practice-queue').locator('.queue-reason').allInnerTexts();
    expect(reasons[2]).toBe('due in 3 days; rehearsed today for your Acme loop');
  });

  it('draws by competency, then runs the next attempt from the keyboard alone: N, Space, Space, 2, N', async () => {
    await page.getByRole('combobox', { name: 'Draw from' }).selectOption('competency');
    await page.getByRole('combobox', { name: 'Competency' }).selectOption({ label: 'Ownership end to end' });
    await blur(page);
    await page.keyboard.press('n');
    const second = await page.getByTestId('question').innerText();
    // The competency drawn for leads the line, even when the question carries it only through an
    // equivalent tag of another framework.
    expect(await page.locator('.question-meta').innerText()).toMatch(/^Ownership end to end/);
    // The only story tagged with Ownership is the suggestion, preselected.
    expect(await page.getByRole('radio', { name: /Cut ranking p99 latency in half/ }).isChecked()).toBe(true);
    await page.keyboard.press('Space');
    await app.context.clock.runFor(200_000); // past 3 minutes: the warning shows
    await expect.poll(() => page.locator('.timer-status').innerText()).toBe('Past 3 minutes — wrap up now');
    expect(await page.locator('.timer').getAttribute('class')).toContain('tone-danger');
    await page.screenshot({ path: join(SHOTS, 'practice-drill-overtime-light.png') });
    await page.keyboard.press('Space');
    await page.keyboard.press('2');
    await page.keyboard.press('n');
    await expect.poll(() => page.getByTestId('attempt-log').locator('li').count()).toBe(2);
    const newest = await page.getByTestId('attempt-log').locator('li').first().innerText();
    expect(newest).toContain('3:20');
    expect(newest).toContain('past 3 min');
    expect(newest).toContain('2 · Rough');
    expect(newest).toContain(second);
    expect(await page.getByTestId('question').innerText()).not.toBe(second);
  });

  it('keeps the log after a reload, and charts it under Progress', async () => {
    await page.reload();
    await openPractice(page);
    await page.getByRole('tab', { name: 'Progress' }).click();
    await expect.poll(() => page.getByTestId('progress-attempts').innerText()).toBe('2');
    expect(await page.getByRole('combobox').first().inputValue()).toBe(ids.latency);
    await page.getByTestId('duration-chart').locator('canvas').waitFor();
    await page.getByTestId('sessions-chart').locator('canvas').waitFor();
    const recency = await page.getByTestId('competency-recency').innerText();
    expect(recency).toMatch(/Ownership end to end\s+2 attempts/);
    expect(recency).toMatch(/Mentoring\s+1 attempt\b/);
    expect(recency).toMatch(/Leadership\s+not rehearsed/);

    const story = await callApi(app, 'getStory', { id: ids.latency });
    const logged = [...story.rehearsals].sort((a, b) => a.at.localeCompare(b.at));
    expect(logged.map((r) => [r.seconds, r.rating])).toEqual([
      [95, 4],
      [200, 2],
    ]);
    expect(logged[0].note).toBe('Say the 2% CTR gain earlier.');
    expect(logged[0].questionText).toBeTruthy();
    expect(new Date(logged[0].at).getTime()).toBe(T0 + 60_000);
  });

  it('has no serious or critical axe violations, light and dark, and no CSP or console errors', async () => {
    // axe-core schedules its work with setTimeout: let the fake clock flow again.
    await app.context.clock.resume();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByRole('tab', { name: 'Progress' }).click();
      await page.getByTestId('duration-chart').locator('canvas').waitFor();
      expect(await seriousViolations(page), `Progress, ${scheme}`).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `practice-progress-${scheme}.png`), fullPage: true });

      await page.getByRole('tab', { name: 'Drill' }).click();
      await page.getByRole('button', { name: 'Practice “Pushed back on a risky launch”' }).click();
      await page.keyboard.press('c');
      await blur(page);
      await page.keyboard.press('Space');
      await app.context.clock.runFor(70_000);
      await page.keyboard.press('Space');
      await page.keyboard.press('5');
      expect(await seriousViolations(page), `Drill, ${scheme}`).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `practice-drill-${scheme}.png`), fullPage: true });
      await page.keyboard.press('Escape');
      await page.keyboard.press('c');
    }
    expect(app.errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
