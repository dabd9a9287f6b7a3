// Helpers for the story workspace e2e tests: call the API as the renderer does, and read editor state.
import type { Page } from 'playwright-core';
import type { RequestOf, ResponseOf, Channel } from '#shared/api/contract';
import type { AppUnderTest } from './harness';

/** Calls one API channel over the web bridge, with the launch token, exactly like the renderer. */
export async function callApi<C extends Channel>(
  app: AppUnderTest,
  channel: C,
  request: RequestOf<C>,
): Promise<ResponseOf<C>> {
  const res = await fetch(`http://127.0.0.1:${app.bridge.port}/api/${channel}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'x-storybank-token': app.bridge.token,
      Host: `127.0.0.1:${app.bridge.port}`,
    },
    body: JSON.stringify(request),
  });
  const body = (await res.json()) as { ok: boolean; value?: ResponseOf<C>; error?: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
  return body.value as ResponseOf<C>;
}

/** The CodeMirror content element of one STAR section. */
export const sectionEditor = (page: Page, section: string) => page.getByTestId(`editor-${section}`);

/**
 * Waits until the story list has loaded, so shortcuts such as Ctrl+N reach a ready view, and its rows
 * show their readiness scores (they follow the rows' first paint).
 */
export async function waitStoriesReady(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Story list' }).waitFor();
  await page.waitForFunction(() => !document.querySelector('.row-score[data-pending]'));
}

/** Waits until the autosave indicator says everything is saved. */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 10_000 });
}

/** Types at the end of a section editor. */
export async function typeInSection(page: Page, section: string, text: string): Promise<void> {
  const editor = sectionEditor(page, section);
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** A bank worth looking at: the three samples plus a draft with vague claims, opened in the editor. */
export async function seedWorkspace(app: AppUnderTest): Promise<string> {
  const { SAMPLE_STORIES } = await import('#shared/samples/index');
  for (const { sample: _sample, ...fields } of SAMPLE_STORIES) await callApi(app, 'createStory', { fields });
  const draft = await callApi(app, 'createStory', {
    fields: {
      title: 'Rebuilt the feature store for real-time models',
      project: 'Feature platform',
      role: 'Senior ML engineer',
      situation:
        'Our batch feature store refreshed once a day, so fraud and ranking models trained on features up to 24 hours stale.',
      task: 'I was responsible for making features fresh enough for real-time models.',
      action:
        'We designed a streaming pipeline. I wrote the design doc, benchmarked Flink against our existing Spark jobs, and led the migration of the first 40 features. I helped the other teams with onboarding.',
      result:
        'I led the rollout of the new store across the ranking org. Feature freshness went from 24 hours to under 5 minutes, and model quality improved significantly.',
      reflection: 'I would involve the consumer teams earlier.',
      competencies: ['ml.technical-depth', 'ml.ownership'],
      stages: ['ml-system-design'],
      companies: ['Northwind'],
    },
  });
  await callApi(app, 'updateSettings', { lastOpenStoryId: draft.id });
  return draft.id;
}
