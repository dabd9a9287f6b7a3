import { describe, expect, it } from 'vitest';
import { newStory } from '#shared/domain/defaults';
import type { Story } from '#shared/domain/schemas';
import { ReadinessWarmer } from '../../../renderer/src/data/readiness-warmer';
import { hasStoryReport, storyReport } from '../../../renderer/src/data/story-analysis';
import { BackgroundIndex } from '../../../renderer/src/search/background-index';
import { StoryIndex } from '../../../renderer/src/search/story-index';
import { manualScheduler } from './manual-scheduler';

const WORDS = [
  'latency',
  'ranking',
  'mentoring',
  'fraud',
  'budget',
  'scheduler',
  'pipeline',
  'launch',
  'revenue',
  'canary',
];
const bank: Story[] = Array.from({ length: 120 }, (_, i) =>
  newStory({
    title: `Story ${i} ${WORDS[i % WORDS.length]}`,
    action: `I worked on the ${WORDS[(i * 3) % WORDS.length]} and the ${WORDS[(i * 7) % WORDS.length]}.`,
    result: i % 4 === 0 ? `Cut it by ${i}% for 2M users.` : 'It went well.',
    companies: [i % 2 ? 'Acme' : 'Globex'],
  }),
);
const QUERIES = ['latency', 'mentor', 'acme budget', 'story 42', 'pipelines', 'zzz'];

const oneShot = (stories: readonly Story[]) => {
  const index = new StoryIndex();
  index.sync(stories);
  return index;
};

describe('BackgroundIndex', () => {
  it('builds in slices, leaving work for idle time, and ends with the same results as a one-shot build', () => {
    const clock = manualScheduler();
    const index = new BackgroundIndex(undefined, { scheduler: clock.scheduler, batchSize: 10 });
    index.track(bank);
    expect(index.remaining).toBe(bank.length); // nothing done while the list paints
    clock.step();
    expect(index.remaining).toBeGreaterThan(0);
    expect(index.remaining).toBeLessThan(bank.length);
    clock.drain();
    expect(index.remaining).toBe(0);
    const reference = oneShot(bank);
    for (const q of QUERIES) expect(index.query(q)).toEqual(reference.query(q));
  });

  it('a search issued mid-build sees partial results, hurries the rest, and then returns the full answer', () => {
    const clock = manualScheduler();
    const index = new BackgroundIndex(undefined, { scheduler: clock.scheduler, batchSize: 10 });
    index.track(bank);
    clock.step();
    const partial = index.query('latency').map((m) => m.id);
    const full = oneShot(bank).query('latency');
    expect(partial.length).toBeLessThan(full.length);
    expect(partial.every((id) => full.some((m) => m.id === id))).toBe(true);
    index.hurry();
    expect(clock.queue.some((e) => e.urgent)).toBe(true);
    let notified = 0;
    index.subscribe(() => notified++);
    clock.drain();
    expect(notified).toBeGreaterThan(0);
    expect(index.query('latency')).toEqual(full);
  });

  it('re-indexes an edited story at once, and a bank change mid-build is planned afresh', () => {
    const clock = manualScheduler();
    const index = new BackgroundIndex(undefined, { scheduler: clock.scheduler, batchSize: 10 });
    index.track(bank);
    clock.step();
    // Mid-build: one story edited, one deleted.
    const edited = { ...bank[5], result: 'Recovery time fell from 9 hours to 2.' };
    const next = bank.filter((s) => s.id !== bank[7].id).map((s) => (s.id === edited.id ? edited : s));
    index.track(next);
    clock.drain();
    // The same stories match as a one-shot build. Scores may differ slightly: how much was indexed before
    // the edit depends on the slices' time budget, and MiniSearch keeps a replaced story's terms in its
    // statistics until it vacuums.
    const ids = (matches: { id: string }[]) => matches.map((m) => m.id).sort();
    for (const q of [...QUERIES, 'recovery', `story 7`])
      expect(ids(index.query(q))).toEqual(ids(oneShot(next).query(q)));
    // Once built, one edit costs one story, synchronously: no slice is scheduled.
    const again = next.map((s) => (s.id === bank[9].id ? { ...s, title: 'Renamed onboarding story' } : s));
    index.track(again);
    expect(index.remaining).toBe(0);
    expect(clock.queue.length).toBe(0);
    expect(index.query('onboarding').map((m) => m.id)).toEqual([bank[9].id]);
  });
});

describe('ReadinessWarmer', () => {
  it('scores every story in slices, to the same reports as scoring one at a time', () => {
    const clock = manualScheduler();
    const stories = bank.map((s) => ({ ...s })); // fresh objects: nothing cached yet
    const warmer = new ReadinessWarmer({ scheduler: clock.scheduler, batchSize: 10 });
    warmer.track(stories);
    expect(warmer.remaining).toBe(stories.length);
    clock.step();
    expect(stories.filter(hasStoryReport).length).toBeGreaterThan(0);
    expect(warmer.remaining).toBeGreaterThan(0);
    warmer.hurry();
    clock.drain();
    expect(warmer.remaining).toBe(0);
    expect(stories.every(hasStoryReport)).toBe(true);
    const fresh = stories.map((s) => storyReport({ ...s }).score.total);
    expect(stories.map((s) => storyReport(s).score.total)).toEqual(fresh);
    // An edit re-scores that story alone, at once.
    const edited = stories.map((s, i) => (i === 3 ? { ...s, result: 'We cut p99 from 240 ms to 95 ms.' } : s));
    warmer.track(edited);
    expect(warmer.remaining).toBe(0);
    expect(hasStoryReport(edited[3])).toBe(true);
  });
});
