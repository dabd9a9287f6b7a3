// The page's first story report is worked out in parts (one sentence, one part of the analysis per
// call) so no task holds the cold analyzer for long; the report is the one storyReport gives, and a
// view waiting for the warm-up (the editor opening a story) runs only once it is done.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newStory } from '#shared/domain/defaults';
import { SIGNAL_CLASSES } from '#shared/analysis/signals/signal-classes';
import { storySentences } from '#shared/analysis/signals/story-sentences';
import type * as WarmUpModule from '../../../renderer/src/data/analyzer-warm-up';
import type * as AnalysisModule from '../../../renderer/src/data/story-analysis';
import { manualScheduler } from './manual-scheduler';

type WarmUp = typeof WarmUpModule;
type Analysis = typeof AnalysisModule;
let warmUp: WarmUp;
let analysis: Analysis;

beforeEach(async () => {
  vi.resetModules(); // the warm-up happens once per page: each test gets a fresh one
  warmUp = await import('../../../renderer/src/data/analyzer-warm-up');
  analysis = await import('../../../renderer/src/data/story-analysis');
});

const story = () =>
  newStory({
    title: 'Ranking latency',
    situation: 'Our ranking service served 40,000 requests per second.',
    action: 'I profiled the pipeline. I chose batching over caching because cached scores go stale.',
    result: 'The p99 fell from 180 ms to 95 ms and the team was happy.',
  });

describe('reportStep', () => {
  it('warms up in parts (signal finders one by one, then three per sentence) before the report, then reports at once', () => {
    const first = story();
    let calls = 0;
    while (!warmUp.reportStep(first)) {
      calls++;
      expect(analysis.hasStoryReport(first)).toBe(false);
    }
    // One part per signal finder and sentence, then claims, signals and follow-ups of each sentence:
    // the story has four sentences, and every finder of the detector runs on each of them.
    expect(storySentences(first)).toHaveLength(4);
    const finders = new Set(Object.values(SIGNAL_CLASSES).flat()).size;
    expect(finders).toBeGreaterThan(50);
    expect(calls).toBe(4 * finders + 3 * 4);
    expect(warmUp.warmUpPartCount(story())).toBe(calls);
    expect(warmUp.analyzerWarm()).toBe(true);
    expect(analysis.hasStoryReport(first)).toBe(true);
    const second = story();
    expect(warmUp.reportStep(second)).toBe(true); // warm: no parts any more
    expect(analysis.storyReport(second)).toEqual(analysis.storyReport(first));
  });

  it('gives the report a cold storyReport gives', async () => {
    const viaSteps = story();
    while (!warmUp.reportStep(viaSteps));
    const stepped = analysis.storyReport(viaSteps);
    vi.resetModules();
    const fresh = (await import('../../../renderer/src/data/story-analysis')) as Analysis;
    expect(fresh.storyReport(story())).toEqual(stepped);
  });
});

describe('afterWarmUp', () => {
  it('runs its callback only after the warm-up, done in several tasks', () => {
    const manual = manualScheduler();
    const then = vi.fn();
    const now = vi.spyOn(performance, 'now');
    let clock = 0;
    now.mockImplementation(() => (clock += 4)); // each part "takes" 4 ms: two parts per 6 ms task
    warmUp.afterWarmUp(story(), then, manual.scheduler);
    expect(then).not.toHaveBeenCalled();
    manual.step();
    expect(then).not.toHaveBeenCalled();
    manual.drain();
    now.mockRestore();
    expect(then).toHaveBeenCalledTimes(1);
    expect(warmUp.analyzerWarm()).toBe(true);
    warmUp.afterWarmUp(story(), then, manual.scheduler); // warm: at once
    expect(then).toHaveBeenCalledTimes(2);
    expect(manual.queue).toHaveLength(0);
  });

  it('runs at once with no story, and not at all when cancelled', () => {
    const manual = manualScheduler();
    const then = vi.fn();
    warmUp.afterWarmUp(undefined, then, manual.scheduler);
    expect(then).toHaveBeenCalledTimes(1);
    const cancel = warmUp.afterWarmUp(story(), then, manual.scheduler);
    cancel();
    manual.drain();
    expect(then).toHaveBeenCalledTimes(1);
  });
});
