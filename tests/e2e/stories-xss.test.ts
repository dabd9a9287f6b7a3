// Story text is shown as text: HTML and script payloads in every field run nothing, anywhere they appear
// (list row, title box, editors, issues panel, search highlights, tooltips).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppUnderTest } from './harness';
import { callApi, sectionEditor } from './stories-helpers';

// Each payload sets window.__xss if it ever runs.
const VECTORS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  '<svg onload="window.__xss=3"></svg>',
  '"><iframe srcdoc="<script>parent.__xss=4</script>"></iframe>',
  '<a href="javascript:window.__xss=5">click</a>',
  '<details open ontoggle="window.__xss=6">',
  '<body onload=window.__xss=7>',
  '<style>*{display:none}</style><b onmouseover=window.__xss=8>x</b>',
  "javascript:/*--></title></style></textarea></script><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+window.__xss=9//'>",
  '{{constructor.constructor("window.__xss=10")()}}',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=11>',
];

describe('story text is shown as text', () => {
  let app: AppUnderTest;
  const dialogs: string[] = [];
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('renders every vector literally and runs none of them', async () => {
    const joined = VECTORS.join('\n');
    const story = await callApi(app, 'createStory', {
      fields: {
        title: VECTORS[1].slice(0, 200),
        project: VECTORS[0],
        role: VECTORS[2],
        situation: joined,
        task: VECTORS.slice(0, 4).join(' '),
        action: joined,
        result: `I improved everything. ${joined}`,
        reflection: joined,
        companies: [VECTORS[3].slice(0, 200), VECTORS[4]],
        competencies: [],
        notes: joined,
      },
    });
    await callApi(app, 'updateSettings', { lastOpenStoryId: story.id });
    const page = await app.open();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.getByRole('textbox', { name: 'Title' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(VECTORS[1]);
    await expect.poll(() => sectionEditor(page, 'action').innerText()).toBe(joined);
    expect(await sectionEditor(page, 'situation').innerText()).toBe(joined);

    // Hover a mark so the tooltip renders, search so highlights render, then give handlers time to fire.
    const mark = page.locator('.cm-finding').first();
    await mark.waitFor();
    await mark.hover();
    await page.locator('.cm-tooltip').first().waitFor();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('onerror');
    await page.getByTestId('story-list').locator('mark').first().waitFor();
    await page.mouse.move(200, 300);
    await page.waitForTimeout(500);

    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    // No element from a payload made it into the DOM (the app's own <details> carry no ontoggle).
    expect(await page.locator('iframe, details[ontoggle], svg[onload], img[onerror], script:not([src])').count()).toBe(
      0,
    );
    expect(await page.getByTestId('story-list').innerText()).toContain('<img src=x onerror=');
  });
});
