// The README's pictures: realistic senior-ML stories (written for this test, not taken from any corpus)
// with the marks a coach would make on them, the senior signals and follow-up questions of one story,
// and the depth map of the project they belong to, in light and dark at 1440×900. The test checks what
// each picture shows before it takes it, so the README never shows marks, signals or questions a coach
// would reject. Saved to tests/artifacts/screenshots/readme-*.png; `npm run readme:screenshots` runs it
// with STORYBANK_README_PICTURES=1, which writes resources/readme/*.png instead.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchApp, ROOT, type AppUnderTest } from './harness';
import { callApi, sectionEditor } from './stories-helpers';

const FOR_README = process.env['STORYBANK_README_PICTURES'] === '1';
const OUT = FOR_README ? join(ROOT, 'resources', 'readme') : join(ARTIFACTS_DIR, 'screenshots');
const fileName = (scheme: string, picture = 'workspace') =>
  FOR_README ? `${picture}-${scheme}.png` : `readme-${picture}-${scheme}.png`;

const STORY = {
  title: 'Streaming features for the fraud model',
  project: 'Fraud detection',
  role: 'Senior ML engineer',
  situation:
    'Our fraud model scored 30M card payments a day on features from a nightly batch job, so a new attack pattern could run for a day before the model saw it.',
  task: 'I owned the fraud model and had to make its features fresh enough to catch an attack within minutes.',
  action:
    'I wrote the design doc for a streaming feature pipeline and benchmarked Flink against our Spark jobs. I migrated the 40 highest-value features myself and paired with the risk team on the rest. The training-serving parity checks were rebuilt so both paths share one feature definition. Before switching traffic I ran the new pipeline in shadow for two weeks and compared its alerts with the batch model, case by case, with the risk analysts.',
  result:
    'Feature freshness went from 24 hours to under 5 minutes. Fraud losses dropped by 18%. The model is also significantly better at catching new attack patterns.',
  reflection: 'I would bring the risk analysts in before the design review, not after.',
  competencies: ['ml.technical-depth', 'ml.ownership'],
  stages: ['ml-system-design'],
  companies: ['Northwind'],
};

describe('README screenshots', () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    app = await launchApp({ viewport: { width: 1440, height: 900 } });
    const { SAMPLE_STORIES } = await import('#shared/samples/index');
    for (const { sample: _sample, ...fields } of SAMPLE_STORIES) await callApi(app, 'createStory', { fields });
    const story = await callApi(app, 'createStory', { fields: STORY });
    await callApi(app, 'updateSettings', { lastOpenStoryId: story.id });
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`shows the marks a coach would make, in ${scheme}`, async () => {
      const page = await app.open({ colorScheme: scheme });
      await sectionEditor(page, 'result').locator('.cm-finding').first().waitFor();
      const marked = async (section: string) =>
        sectionEditor(page, section)
          .locator('.cm-finding')
          .evaluateAll((els) => els.map((e) => e.textContent));
      // Who rebuilt the checks? 18% of what? Significantly: by how much? Nothing else.
      expect(await marked('situation')).toEqual([]);
      expect(await marked('task')).toEqual([]);
      expect(await marked('action')).toEqual(['were rebuilt']);
      expect(await marked('result')).toEqual(['18%', 'significantly']);
      // The panel counts what it lists, and names claim marks only when a claim is marked.
      expect(await page.locator('.issues-counts').innerText()).toBe('3 issues');
      const issues = await page.getByTestId('issues-list').innerText();
      expect(issues).toContain('18% of what, and over what time?');
      expect(issues).toContain('Passive voice hides who did the work.');
      // Bring the Action and Result, where the marks are, into view.
      await sectionEditor(page, 'action').evaluate((el) =>
        el.closest('.section-field')?.scrollIntoView({ block: 'start' }),
      );
      // The story's title stays in sight: the sticky toolbar shows it, whole, once the field scrolls away.
      const title = page.getByTestId('toolbar-title');
      await title.waitFor();
      expect(await title.innerText()).toBe(STORY.title);
      expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      const [bar, action] = await Promise.all([
        page.locator('.story-toolbar').boundingBox(),
        page.locator('#section-action-label').boundingBox(),
      ]);
      expect(bar!.y + bar!.height).toBeLessThanOrEqual(action!.y);
      await page.mouse.move(5, 5);
      await page.waitForTimeout(250);
      await page.screenshot({ path: join(OUT, fileName(scheme)) });
      await page.close();
      expect(app.errors).toEqual([]);
    });
  }
});

/** A story that shows most senior signals: the trade-off, the constraint, the partner team won over, after launch. */
const SIGNALS_STORY = {
  title: 'Fraud scoring inside the 50 ms checkout budget',
  project: 'Fraud detection',
  role: 'Senior ML engineer',
  situation:
    'Checkout gave fraud scoring a hard budget of 50 ms, and our gradient-boosted model took 80 ms at p99 on 2M payments a day.',
  task: 'I owned the model and had three weeks before the holiday code freeze.',
  action:
    'I chose to distil the model into a smaller one rather than cache its scores, because a cached score is minutes old by the time a new attack shows up. I walked the payments team through the latency and loss numbers and asked them for a one-week shadow run before any traffic moved; they gave us the week. I built the shadow pipeline and a dashboard of score drift per merchant segment.',
  result:
    'p99 latency fell from 80 ms to 35 ms, with recall within half a point of the old model. After launch the drift dashboard caught a broken feed in the second week, and I retrained the model on the corrected data within a day.',
  reflection: 'I would agree the rollback plan with the payments team before the shadow week, not during it.',
  competencies: ['ml.tradeoffs', 'ml.production-reliability'],
  stages: ['ml-system-design'],
  companies: ['Northwind'],
};
const TRADE_OFF =
  'I chose to distil the model into a smaller one rather than cache its scores, because a cached score is minutes old by the time a new attack shows up.';
/** What happened after the streaming features went live: the same project's monitoring and failure layers. */
const INCIDENT_STORY = {
  title: 'Caught a silent drop in fraud recall after launch',
  project: 'Fraud detection',
  role: 'Senior ML engineer',
  situation:
    "Three weeks after the streaming features went live, chargebacks from one card network rose while the model's alert volume looked normal.",
  task: 'I was on call for the fraud model and had to find out whether it was missing fraud it used to catch.',
  action:
    'I compared the live feature values with the training data and found that the network had started sending merchant categories in a new format, so a top feature was empty for 8% of its payments. I rolled that network back to the batch features the same day, added a drift alert on the null rate of every feature, and worked with the payments team on a schema check at ingestion.',
  result:
    'Recall on that network was back to its usual level within two days. The drift alert has since caught two more upstream changes, each before it reached the model.',
  reflection: 'I now ship a data-quality alert with every new feature, not after the first incident.',
  competencies: ['ml.production-reliability', 'ml.ownership'],
  stages: ['project-deep-dive'],
  companies: [],
};

describe('README screenshots: senior signals, follow-up questions and the depth map', () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    app = await launchApp({ viewport: { width: 1440, height: 900 } });
    const { SAMPLE_STORIES } = await import('#shared/samples/index');
    for (const { sample: _sample, ...fields } of SAMPLE_STORIES) await callApi(app, 'createStory', { fields });
    await callApi(app, 'createStory', { fields: STORY });
    await callApi(app, 'createStory', { fields: INCIDENT_STORY });
    const story = await callApi(app, 'createStory', { fields: SIGNALS_STORY });
    await callApi(app, 'updateProject', {
      name: 'Fraud detection',
      changes: {
        deepDive: true,
        layerNotes: {
          evaluation:
            'Offline: recall at a fixed 0.5% block rate on the last 8 weeks. Online: two weeks in shadow, alerts compared case by case with the risk analysts.',
        },
      },
    });
    await callApi(app, 'updateSettings', { lastOpenStoryId: story.id });
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`shows the signals a coach would see, with one highlighted, and the follow-ups, in ${scheme}`, async () => {
      const page = await app.open({ colorScheme: scheme });
      const checklist = page.getByTestId('signals-checklist');
      await checklist.waitFor();
      const row = (id: string) => checklist.locator(`[data-signal="${id}"]`);
      for (const id of ['trade-off', 'constraint', 'cross-functional', 'influence', 'after-launch', 'own-decision'])
        await expect.poll(() => row(id).getAttribute('class'), { message: id }).toContain('present');
      // The one signal the story lacks asks about the story itself.
      expect(await row('ambiguity').getAttribute('class')).toContain('missing');
      // Open its details unless they are open already: they open by themselves when a tagged competency needs the
      // signal, and under load that can land before the click, which would then close them again (seen in CI).
      const ambiguity = row('ambiguity');
      await expect
        .poll(
          async () => {
            if (!(await ambiguity.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)))
              await ambiguity.locator('summary').click();
            return ambiguity.locator('.signal-prompt').innerText();
          },
          { message: 'ambiguity prompt' },
        )
        .toContain('“Checkout gave fraud scoring a hard budget of 50 ms');
      // No claim marks: every figure in it has its measure and its period.
      await sectionEditor(page, 'result').waitFor();
      await page.waitForTimeout(300);
      expect(await page.locator('[data-testid^="editor-"] .cm-finding').count()).toBe(0);
      // Its evidence: exactly the sentence that weighs the two options and says why.
      await row('trade-off').getByRole('button').click();
      const marked = sectionEditor(page, 'action').locator('.cm-signal-evidence');
      await marked.first().waitFor();
      expect((await marked.allInnerTexts()).join('')).toBe(TRADE_OFF);
      await sectionEditor(page, 'action').evaluate((el) =>
        el.closest('.section-field')?.scrollIntoView({ block: 'center' }),
      );
      await checklist.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
      await page.mouse.move(5, 5);
      await page.waitForTimeout(250);
      await page.screenshot({ path: join(OUT, fileName(scheme, 'signals')) });

      // Follow-ups: 5–8, each quoting the story, none asked twice, none about a number the story lacks.
      const panel = page.getByTestId('follow-ups');
      const questions = await panel.locator('.follow-up-question').allInnerTexts();
      expect(questions.length).toBeGreaterThanOrEqual(5);
      expect(questions.length).toBeLessThanOrEqual(8);
      expect(new Set(questions).size).toBe(questions.length);
      const text = Object.values(SIGNALS_STORY).join(' ');
      for (const question of questions) {
        const quoted = /“([^”]+?)…?”/.exec(question)?.[1];
        expect(quoted, question).toBeDefined();
        expect(text, question).toContain(quoted!.replace(/…$/, ''));
      }
      // A window tall enough for the whole panel, so the picture is not cut by the editor's scroll pane.
      await page.setViewportSize({ width: 1440, height: 1800 });
      await panel.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.waitForTimeout(250);
      await panel.screenshot({ path: join(OUT, fileName(scheme, 'follow-ups')) });
      await page.close();
      expect(app.errors).toEqual([]);
    });

    it(`shows the depth map of the deep-dive project, in ${scheme}`, async () => {
      const page = await app.open({ colorScheme: scheme });
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Projects' }).click();
      await expect.poll(() => page.locator('#project-title').innerText()).toBe('Fraud detection');
      await page.getByTestId('depth-map').waitFor();
      expect(await page.getByTestId('depth-summary').innerText()).toMatch(/^\d of 9 layers covered/);
      const layer = (id: string) => page.locator(`[data-layer="${id}"]`);
      // Monitoring is covered by the incident story; evaluation by the notes written for it.
      expect(await layer('monitoring').getAttribute('class')).toContain('is-covered');
      expect(await layer('monitoring').locator('.layer-evidence').innerText()).toContain('added a drift alert');
      expect(await layer('evaluation').getByRole('textbox').inputValue()).toContain('two weeks in shadow');
      // Monitoring and failures, where the incident story and the launch story meet.
      await layer('monitoring').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.mouse.move(5, 5);
      await page.waitForTimeout(250);
      await page.screenshot({ path: join(OUT, fileName(scheme, 'depth-map')) });
      await page.close();
      expect(app.errors).toEqual([]);
    });
  }
});
