// The README's workspace pictures: a realistic senior-ML story (written for this test, not taken from
// any corpus) with the marks a coach would make on it, in light and dark at 1440×900. The test checks
// the marks before it takes the pictures, so the README never shows marks a coach would reject.
// Saved to tests/artifacts/screenshots/readme-workspace-{light,dark}.png; `npm run readme:screenshots`
// runs it with STORYBANK_README_PICTURES=1, which writes resources/readme/workspace-{light,dark}.png instead.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchApp, ROOT, type AppUnderTest } from './harness';
import { callApi, sectionEditor } from './stories-helpers';

const FOR_README = process.env['STORYBANK_README_PICTURES'] === '1';
const OUT = FOR_README ? join(ROOT, 'resources', 'readme') : join(ARTIFACTS_DIR, 'screenshots');
const fileName = (scheme: string) => (FOR_README ? `workspace-${scheme}.png` : `readme-workspace-${scheme}.png`);

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
      // The panel counts what it lists, and says "vague" only when a claim is.
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
