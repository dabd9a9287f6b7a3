// Readiness and length sorts: lowest score first / longest first, ties by title (case and accents
// aside, untitled last), and stories equal on both keep their order.
import { describe, expect, it } from 'vitest';
import { newStory } from '#shared/domain/defaults';
import type { Story } from '#shared/domain/schemas';
import { sortStories, type StoryMetrics } from '../../../renderer/src/views/stories/list/story-query';

const TITLES = ['beta', 'Alpha', 'alpha', 'Émile', 'emile', '', 'Zed', 'zed', 'Mu', ''];

function bank(n: number): { stories: Story[]; metrics: StoryMetrics } {
  const stories = Array.from({ length: n }, (_, i) => newStory({ title: TITLES[(i * 7) % TITLES.length] }));
  const score = new Map(stories.map((s, i) => [s, (i * 37) % 11])); // many ties
  const seconds = new Map(stories.map((s, i) => [s, (i * 13) % 5]));
  const metrics: StoryMetrics = {
    score: (s) => score.get(s)!,
    seconds: (s) => seconds.get(s)!,
    lastTold: () => undefined,
    shows: () => false,
  };
  return { stories, metrics };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
const byTitle = (a: Story, b: Story) => collator.compare(a.title || '\uffff', b.title || '\uffff');

describe('sortStories by a number', () => {
  const { stories, metrics } = bank(400);

  it('orders by readiness, lowest first, ties by title and then as they were', () => {
    const expected = [...stories].sort((a, b) => metrics.score(a) - metrics.score(b) || byTitle(a, b));
    const sorted = sortStories(stories, 'readiness', metrics);
    expect(sorted.map((s) => s.id)).toEqual(expected.map((s) => s.id));
    expect(metrics.score(sorted[0])).toBe(0);
    expect(sorted.at(-1)!.title).toBe(''); // untitled last among the highest scores
  });

  it('orders by speaking time, longest first, ties by title and then as they were', () => {
    const expected = [...stories].sort((a, b) => metrics.seconds(b) - metrics.seconds(a) || byTitle(a, b));
    const sorted = sortStories(stories, 'length', metrics);
    expect(sorted.map((s) => s.id)).toEqual(expected.map((s) => s.id));
    expect(metrics.seconds(sorted[0])).toBe(4);
  });

  it('reads each story’s score once', () => {
    let reads = 0;
    const counting: StoryMetrics = { ...metrics, score: (s) => (reads++, metrics.score(s)) };
    sortStories(stories, 'readiness', counting);
    expect(reads).toBe(stories.length);
  });
});
