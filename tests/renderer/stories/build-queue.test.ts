// The section editors' build queue: one build per task, in the order asked, and a cancelled build
// (its editor unmounted first) never runs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queueBuild, setBuildScheduler } from '../../../renderer/src/editor/build-queue';
import type { SliceScheduler } from '../../../renderer/src/data/sliced-work';
import { manualScheduler, type ManualScheduler } from './manual-scheduler';

describe('queueBuild', () => {
  let manual: ManualScheduler;
  let previous: Pick<SliceScheduler, 'soon'>;
  beforeEach(() => {
    manual = manualScheduler();
    previous = setBuildScheduler(manual.scheduler);
  });
  afterEach(() => {
    manual.drain();
    setBuildScheduler(previous);
  });

  it('runs nothing at once, then one build per task in the order they were queued', () => {
    const built: string[] = [];
    for (const section of ['situation', 'task', 'action', 'result', 'reflection'])
      queueBuild(() => built.push(section));
    expect(built).toEqual([]);
    expect(manual.queue).toHaveLength(1); // one task waits at a time
    manual.step();
    expect(built).toEqual(['situation']);
    manual.step();
    expect(built).toEqual(['situation', 'task']);
    manual.drain();
    expect(built).toEqual(['situation', 'task', 'action', 'result', 'reflection']);
    expect(manual.queue).toHaveLength(0);
  });

  it('skips a cancelled build, and a build queued later still runs', () => {
    const built: string[] = [];
    queueBuild(() => built.push('a'));
    const cancelB = queueBuild(() => built.push('b'));
    queueBuild(() => built.push('c'));
    cancelB();
    manual.drain();
    expect(built).toEqual(['a', 'c']);
    queueBuild(() => built.push('d'));
    manual.drain();
    expect(built).toEqual(['a', 'c', 'd']);
  });

  it('goes on with the next build when one throws', () => {
    const built: string[] = [];
    queueBuild(() => {
      throw new Error('broken editor');
    });
    queueBuild(() => built.push('next'));
    expect(() => manual.step()).toThrow('broken editor');
    manual.drain();
    expect(built).toEqual(['next']);
  });
});
