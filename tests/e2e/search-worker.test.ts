// Story search in real Chromium runs its index in a worker (renderer/src/search/index-worker.ts).
// The stories the list shows for each query, typo-tolerant ones included, are the stories the same
// index code finds when built here in Node, and a changed story is found by its new words.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyBank, newStory } from '#shared/domain/defaults';
import type { Story } from '#shared/domain/schemas';
import { DEFAULT_BANK_FILE } from '../../main/services';
import { StoryIndex } from '../../renderer/src/search/story-index';
import { launchApp, type AppUnderTest } from './harness';
import { callApi, waitStoriesReady } from './stories-helpers';

const TOPICS = ['pipeline', 'latency', 'mentoring', 'fraud', 'budget', 'canary', 'onboarding', 'forecast'];
const stories: Story[] = Array.from({ length: 600 }, (_, i) =>
  newStory(
    {
      title: `Case ${i}: the ${TOPICS[i % TOPICS.length]} work`,
      action: `I rebuilt the ${TOPICS[(i * 3) % TOPICS.length]} checks with team ${i % 37}.`,
      result: i % 100 === 0 ? `Refunds fell by ${i}% in quarter ${(i / 100) % 4}.` : 'It shipped on time.',
      companies: [i % 3 ? 'Acme' : 'Globex'],
    },
    new Date(Date.UTC(2026, 0, 1) + i * 60_000),
  ),
);
// Few matches each, so every matching row is rendered (the list renders what is in view and 8 more); only the index finds 'quater' (a typo).
const QUERIES = ['refunds', 'team 36 globex', 'case 512', 'quater 2', 'refund budget'];

describe('search in a worker', () => {
  let app: AppUnderTest;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'storybank-search-worker-'));
    writeFileSync(join(dataDir, DEFAULT_BANK_FILE), JSON.stringify({ ...emptyBank(), stories }));
    app = await launchApp({ dataDir });
    await waitStoriesReady(app.page);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const shownIds = async () =>
    (
      await app.page.locator('.story-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-story-id')))
    ).sort();

  async function search(text: string) {
    const input = app.page.locator('#story-search');
    await input.fill(text);
    await app.page.waitForFunction(() => !document.querySelector('[data-pending]'));
  }

  it('shows exactly the stories the index finds when built in Node', async () => {
    const reference = new StoryIndex();
    reference.sync(stories);
    for (const query of QUERIES) {
      const expected = reference
        .query(query)
        .map((m) => m.id)
        .sort();
      expect(expected.length, query).toBeGreaterThan(0);
      expect(expected.length, query).toBeLessThan(12);
      await search(query);
      await expect.poll(shownIds, { message: query }).toEqual(expected);
    }
    expect(app.page.workers().some((w) => w.url().includes('index-worker'))).toBe(true);
  });

  it('finds a story changed since by its new words', async () => {
    const target = stories[123];
    await callApi(app, 'updateStory', {
      id: target.id,
      fields: { title: 'Zeppelin hangar retrofit' },
      expectedUpdatedAt: target.updatedAt,
    });
    await app.page.reload();
    await waitStoriesReady(app.page);
    await search('zeppelin');
    await expect.poll(shownIds).toEqual([target.id]);
  });
});
