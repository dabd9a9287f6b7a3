// #14's confusing layout items in real Chromium at the window sizes a new user had: a long title wraps in
// the title field and shows whole on keyboard focus in the list; the loop form's Framework drop-down stays
// inside its card; the Practice drill fits one 1440×900 and one 1280×720 screen; Suggest says why a round
// stays empty.
// Screenshots at 1440×900 and 1280×720, light and dark, go to tests/artifacts/screenshots/layout-*.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type AppUnderTest } from './harness';
import { callApi, openView, screenshot, seriousViolations } from './planning-helpers';

const LONG_TITLE =
  'Migrated the nightly batch feature pipeline for the fraud models to a streaming design on Kubernetes';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
] as const;

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function openStoriesWith(a: AppUnderTest, titles: string[]): Promise<Page> {
  for (const title of titles)
    await callApi(a, 'createStory', { fields: { title, situation: 'The pipeline ran nightly.', status: 'ready' } });
  await a.page.reload();
  await a.page.getByRole('list', { name: 'Stories' }).getByRole('listitem').first().waitFor();
  return a.page;
}

/** How far the drill's left column runs under the right one (timer, rating, queue), in pixels. */
const drillOverlap = (page: Page) =>
  page.evaluate(() => {
    const side = document.querySelector('.drill-side')!.getBoundingClientRect().left;
    const cards = [...document.querySelectorAll('.drill-main, .drill-main *')].map(
      (el) => el.getBoundingClientRect().right,
    );
    return Math.max(...cards) - side;
  });

/** Whether the page scrolls: the document or the view's pane (the drill's own columns may). */
const pageScrolls = (page: Page) =>
  page.evaluate(() =>
    [document.scrollingElement!, document.querySelector('main.content')!]
      .filter((el) => el.scrollHeight > el.clientHeight + 1)
      .map((el) => `${el.tagName.toLowerCase()} ${el.scrollHeight}>${el.clientHeight}`),
  );

/**
 * How far below what can be seen an element ends, in pixels (0 or less: wholly on screen): below the window,
 * or below the visible part of a scrolling column it sits in (scrolled to the top, as it opens).
 */
const hiddenBelow = (page: Page, locator: ReturnType<Page['locator']>) =>
  locator.evaluate((el) => {
    let limit = window.innerHeight;
    for (let box = el.parentElement; box; box = box.parentElement)
      if (/auto|scroll|hidden/.test(getComputedStyle(box).overflowY))
        limit = Math.min(limit, box.getBoundingClientRect().bottom);
    return el.getBoundingClientRect().bottom - limit;
  });

describe('#14 confusing layout', () => {
  it('the title field wraps and grows to show a long title whole', async () => {
    app = await launchApp({ viewport: { width: 1280, height: 720 } });
    const page = await openStoriesWith(app, [LONG_TITLE]);
    await page.locator('.row-open', { hasText: LONG_TITLE }).click();
    const title = page.getByRole('textbox', { name: 'Title' });
    await expect.poll(() => title.inputValue()).toBe(LONG_TITLE);
    const box = await title.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
      scrollHeight: el.scrollHeight,
      clientHeight: el.clientHeight,
      lineHeight: parseFloat(getComputedStyle(el).lineHeight),
    }));
    // Nothing is cut: no hidden overflow either way, and it took more than one line.
    expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
    expect(box.scrollHeight).toBeLessThanOrEqual(box.clientHeight + 1);
    expect(box.clientHeight).toBeGreaterThan(1.5 * box.lineHeight);
    // It is still a one-line value: Enter adds no line break, and a pasted break becomes a space.
    await title.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(' done');
    await expect.poll(() => title.inputValue()).toBe(`${LONG_TITLE} done`);
    await title.fill('Two\nlines');
    await expect.poll(() => title.inputValue()).toBe('Two lines');
    await screenshot(page, 'layout-title-1280-light.png');
  });

  it('the story list shows a title of two lines whole, and its rows do not overlap', async () => {
    app = await launchApp({ viewport: { width: 1440, height: 900 } });
    const titles = ['Cut ranking p99 latency from 240 ms to 95 ms', 'Migration of training pipelines to Kubernetes'];
    const page = await openStoriesWith(app, [...titles, LONG_TITLE]);
    for (const title of titles) {
      const name = page.locator('.row-open', { hasText: title }).locator('.row-title');
      expect(await name.innerText()).toBe(title);
      expect(
        await name.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight + 1),
      ).toBe(true);
    }
    // A longer title still ends within its two lines, and each row stays inside its own slot.
    // The last line of each row (status and speaking time) ends inside the row's slot.
    const boxes = await page
      .locator('.story-row .row-bottom')
      .evaluateAll((lines) => lines.map((l) => l.getBoundingClientRect().bottom));
    const slots = await page.locator('.story-row').evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect()));
    for (let i = 0; i < slots.length; i++) {
      expect(boxes[i]).toBeLessThanOrEqual(slots[i].bottom);
      if (i > 0) expect(slots[i].top).toBeGreaterThanOrEqual(slots[i - 1].bottom - 0.5);
    }
  });

  it('keyboard focus in the story list shows the full title, not only hover', async () => {
    app = await launchApp({ viewport: { width: 1440, height: 900 } });
    const page = await openStoriesWith(app, ['A short one', LONG_TITLE, 'Another short one']);
    const row = page.locator('.row-open', { hasText: LONG_TITLE });
    const cut = () =>
      row.locator('.row-title').evaluate((el) => el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight);
    expect(await cut()).toBe(true);
    // Reach the row with the keyboard (arrow keys move between rows).
    await page.locator('.row-open').first().focus();
    const order = await page.locator('.row-open .row-title').allInnerTexts();
    for (let i = 0; i < order.indexOf(LONG_TITLE); i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => row.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(cut).toBe(false);
    // The whole title is on screen, painted above the next row rather than under it.
    const visible = await row.locator('.row-title').evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + 4, r.bottom - 4);
      return hit !== null && el.contains(hit);
    });
    expect(visible).toBe(true);
    await screenshot(page, 'layout-list-focus-1440-light.png');
  });

  it('the loop form keeps the Framework drop-down inside its card, with a long framework name', async () => {
    app = await launchApp({ viewport: { width: 1280, height: 720 } });
    const copy = await callApi(app, 'copyFramework', { frameworkId: 'senior-ml-engineer' });
    await callApi(app, 'updateFramework', {
      id: copy.id,
      name: 'Senior machine learning engineer, platform and infrastructure track (our own copy, edited for 2026)',
    });
    await app.page.reload();
    const page = app.page;
    await openView(page, 'Loops');
    await page.getByRole('button', { name: 'New loop' }).first().click();
    const form = page.getByRole('form', { name: 'New loop' });
    await form.waitFor();
    const edges = await form.evaluate((el) => {
      const card = el.getBoundingClientRect();
      const pad = parseFloat(getComputedStyle(el).paddingRight);
      const fields = [...el.querySelectorAll('.loop-form-grid .field')].map((f) => {
        const control = f.querySelector('input, select')!.getBoundingClientRect();
        const box = f.getBoundingClientRect();
        return { field: box.right, left: control.left - box.left, overflow: control.right - box.right };
      });
      const select = el.querySelector('select')!.getBoundingClientRect().right;
      return { inner: card.right - pad, select, fields, page: document.documentElement.scrollWidth };
    });
    expect(edges.select).toBeLessThanOrEqual(edges.inner + 0.5);
    // Each field's control stays in its own column: none runs into the next field.
    for (const f of edges.fields) {
      expect(f.field).toBeLessThanOrEqual(edges.inner + 0.5);
      expect(f.overflow).toBeLessThanOrEqual(0.5);
    }
    expect(edges.page).toBeLessThanOrEqual(1280);
    await screenshot(page, 'layout-loop-form-1280-light.png');
  });

  it('Suggest says why a round stays empty, in the round and in its result', async () => {
    app = await launchApp({ viewport: { width: 1440, height: 900 } });
    const screen = await callApi(app, 'createStory', {
      fields: { title: 'Why this team', stages: ['recruiter-screen'], status: 'ready' },
    });
    await callApi(app, 'createStory', {
      fields: { title: 'Owned the fraud model', competencies: ['ml.ownership'], status: 'ready' },
    });
    await callApi(app, 'createLoop', {
      company: 'Acme AI',
      role: 'MLE',
      frameworkId: 'senior-ml-engineer',
      rounds: [
        { name: 'Recruiter screen', stageId: 'recruiter-screen', focus: [], storyIds: [] },
        { name: 'Behavioral', focus: ['ml.ownership'], storyIds: [] },
        { name: 'Project deep-dive', stageId: 'project-deep-dive', focus: [], storyIds: [] },
      ],
    });
    const page = app.page;
    await page.reload();
    await openView(page, 'Loops');
    await page.getByTestId('round-3').waitFor();
    await page.getByRole('button', { name: 'Suggest', exact: true }).click();
    const result = page.getByTestId('suggest-result');
    await result.waitFor();
    expect(await result.innerText()).toMatch(
      /Project deep-dive gets no story: no story is tagged for this round’s stage or focus competencies/,
    );
    expect(await page.getByTestId('round-3').innerText()).toContain(
      'Suggest left this round empty: no story is tagged for this round’s stage or focus competencies.',
    );
    expect(await page.getByTestId('round-1').locator('[data-story-id]').getAttribute('data-story-id')).toBe(screen.id);
    // Fill the gaps can add nothing: it says so instead of doing nothing silently.
    await page.getByRole('button', { name: 'Fill the gaps' }).click();
    await expect
      .poll(() => page.getByTestId('fill-notice').innerText())
      .toBe('Fill the gaps found no free story that fits the remaining gaps; see why below.');
    expect(await page.getByTestId('suggest-result').innerText()).toContain('Project deep-dive gets no story');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it.each(SIZES)(
    'the Practice drill fits one $width×$height screen: question, timer and rating without scrolling',
    async ({ width, height }) => {
      app = await launchApp({ viewport: { width, height } });
      await callApi(app, 'createStory', {
        fields: {
          title: 'Cut ranking p99 latency in half',
          status: 'ready',
          competencies: ['ml.ownership'],
          situation: 'Our ranking service missed its p99 latency target of 200 ms during peak traffic.',
          action: 'I moved the slowest 12 features to a precomputed cache and distilled the model.',
          result: 'p99 latency fell from 340 ms to 150 ms.',
        },
      });
      const page = app.page;
      await page.reload();
      await openView(page, 'Practice');
      await page.getByRole('button', { name: 'Practice “Cut ranking p99 latency in half”' }).click();
      await page.getByTestId('timer').waitFor();
      await screenshot(page, `layout-practice-drill-${width}-light.png`);
      // The page does not scroll, and what a drill needs is wholly on screen.
      expect(await pageScrolls(page)).toEqual([]);
      const question = page.locator('#question-title');
      for (const [name, el] of [
        ['question', question],
        ['timer', page.getByTestId('timer')],
        ['Start', page.getByRole('button', { name: /^Start/ }).first()],
        ['story choice', page.getByRole('radio', { name: /Cut ranking p99 latency in half/ }).first()],
      ] as const)
        expect(await hiddenBelow(page, el), name).toBeLessThanOrEqual(0);
      // Stop, then the rating: every rating button and Log attempt are on screen too.
      await page
        .getByRole('button', { name: /^Start/ })
        .first()
        .click();
      await page.getByRole('button', { name: /^Stop/ }).first().click();
      await page.getByRole('heading', { name: /How did that go\?/ }).waitFor();
      await page.mouse.move(0, 0);
      await screenshot(page, `layout-practice-rate-${width}-light.png`);
      const ratings = page.getByRole('radiogroup', { name: /How did that go/ }).getByRole('radio');
      expect(await ratings.count()).toBeGreaterThanOrEqual(5);
      for (const radio of await ratings.all()) expect(await hiddenBelow(page, radio)).toBeLessThanOrEqual(0);
      const log = page.getByRole('button', { name: /^Log attempt/ }).first();
      expect(await hiddenBelow(page, log), 'Log attempt').toBeLessThanOrEqual(0);
      expect(await hiddenBelow(page, question), 'question while rating').toBeLessThanOrEqual(0);
      expect(await pageScrolls(page)).toEqual([]);
    },
  );

  it('the drill columns do not overlap at 1280×720, even with a long story title in the story menu', async () => {
    app = await launchApp({ viewport: { width: 1280, height: 720 } });
    const page = await openStoriesWith(app, ['A short one', LONG_TITLE]);
    await openView(page, 'Practice');
    await page
      .getByRole('button', { name: /^Practice “/ })
      .first()
      .click();
    await page.getByTestId('timer').waitFor();
    expect(await drillOverlap(page)).toBeLessThanOrEqual(0);
    // Next question is reachable, not hidden under the timer.
    const next = page.getByRole('button', { name: /^Next question/ });
    const onTop = await next.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit !== null && el.contains(hit);
    });
    expect(onTop).toBe(true);
  });

  it('screens at 1440×900 and 1280×720, light and dark, with no serious axe violations', async () => {
    for (const size of SIZES) {
      for (const scheme of ['light', 'dark'] as const) {
        app = await launchApp({ viewport: size, colorScheme: scheme });
        const page = await openStoriesWith(app, [LONG_TITLE, 'A short one']);
        await page.locator('.row-open', { hasText: LONG_TITLE }).click();
        await page.getByRole('textbox', { name: 'Title' }).waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await screenshot(page, `layout-stories-${size.width}-${scheme}.png`);
        await openView(page, 'Loops');
        await page.getByRole('button', { name: 'New loop' }).first().click();
        await page.getByRole('form', { name: 'New loop' }).waitFor();
        await screenshot(page, `layout-loop-form-${size.width}-${scheme}.png`);
        await openView(page, 'Practice');
        await page
          .getByRole('button', { name: /^Practice “/ })
          .first()
          .click();
        await page.getByTestId('timer').waitFor();
        expect(await drillOverlap(page)).toBeLessThanOrEqual(0);
        expect(await seriousViolations(page)).toEqual([]);
        await screenshot(page, `layout-practice-${size.width}-${scheme}.png`);
        await app.close();
        app = undefined;
      }
    }
  });
});
