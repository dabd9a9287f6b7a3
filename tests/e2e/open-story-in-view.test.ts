// The open story stays in view in a long list: on load the list scrolls to the story opened last time,
// and after a re-sort it scrolls to where that story moved. Its five section editors hold its text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BANK_FILE } from '../../main/services';
import { emptyBank, newStory } from '#shared/domain/defaults';
import { STORY_SECTIONS, type Bank } from '#shared/domain/schemas';
import { launchApp, type AppUnderTest } from './harness';
import { sectionEditor, waitStoriesReady } from './stories-helpers';

const COUNT = 300;
const base = Date.parse('2026-01-01T09:00:00Z');

/** Story 000 was edited longest ago (last under "Recently edited") and is first by title. */
function longBank(): { bank: Bank; openId: string; openStory: Bank['stories'][number] } {
  const stories = Array.from({ length: COUNT }, (_, i) => {
    const n = String(i).padStart(3, '0');
    return newStory(
      {
        title: `Story ${n}`,
        situation: `Situation of story ${n}.`,
        task: `Task of story ${n}.`,
        action: `I rewrote the importer for story ${n}.`,
        result: `Imports of story ${n} got faster.`,
        reflection: `Next time, story ${n} starts with a test.`,
      },
      new Date(base + i * 60_000),
    );
  });
  const open = stories[0];
  const empty = emptyBank();
  return {
    bank: { ...empty, stories, settings: { ...empty.settings, lastOpenStoryId: open.id } },
    openId: open.id,
    openStory: open,
  };
}

/** Where the open story's row sits against the list's viewport, or null when it is not rendered. */
async function openRowPlace(page: Page, id: string) {
  return page.evaluate((storyId) => {
    const list = document.querySelector('[data-testid="story-list"]')!.getBoundingClientRect();
    const row = document.querySelector(`.story-row[data-story-id="${storyId}"]`);
    if (!row) return null;
    const box = row.getBoundingClientRect();
    return { inView: box.top >= list.top - 0.5 && box.bottom <= list.bottom + 0.5, top: box.top - list.top };
  }, id);
}

describe('the open story in a long list', () => {
  let app: AppUnderTest;
  let dataDir: string;
  const { bank, openId, openStory } = longBank();
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'storybank-e2e-'));
    writeFileSync(join(dataDir, DEFAULT_BANK_FILE), JSON.stringify(bank));
    app = await launchApp({ dataDir });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is scrolled into view on load, with its text in all five section editors', async () => {
    const { page } = app;
    await waitStoriesReady(page);
    for (const section of STORY_SECTIONS)
      await expect.poll(() => sectionEditor(page, section).innerText()).toBe(openStory[section]);
    await expect.poll(() => openRowPlace(page, openId)).toMatchObject({ inView: true });
    // It is the last row under "Recently edited", so the list scrolled to its end.
    const scrolled = await page.getByTestId('story-list').evaluate((el) => el.scrollTop);
    expect(scrolled).toBeGreaterThan(COUNT * 40);
  });

  it('is scrolled to again after a re-sort moves it', async () => {
    const { page } = app;
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title');
    await expect.poll(() => page.getByTestId('story-list').evaluate((el) => el.scrollTop)).toBe(0);
    await expect.poll(() => openRowPlace(page, openId)).toMatchObject({ inView: true, top: 0 });
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('updated');
    await expect.poll(() => openRowPlace(page, openId)).toMatchObject({ inView: true });
    expect(await page.getByTestId('story-list').evaluate((el) => el.scrollTop)).toBeGreaterThan(COUNT * 40);
  });
});
