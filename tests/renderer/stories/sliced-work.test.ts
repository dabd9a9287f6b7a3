// SlicedWork owns what the search index and the readiness warmer share: planning from a source,
// doing a small plan at once, slicing a big one in idle time, hurrying, pausing and progress.
import { describe, expect, it } from 'vitest';
import { SlicedWork } from '../../../renderer/src/data/sliced-work';
import { manualScheduler } from './manual-scheduler';

function job(batchSize = 3) {
  const clock = manualScheduler(0);
  const batches: number[][] = [];
  let t = 0;
  const work = new SlicedWork<number>((batch) => batches.push([...batch]), {
    batchSize,
    scheduler: clock.scheduler,
    now: () => (t += 1),
  });
  return { clock, batches, work };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('SlicedWork.follow', () => {
  it('does a plan of at most one batch at once, with nothing left for idle time', () => {
    const { clock, batches, work } = job(3);
    work.follow(range(3), (all) => all);
    expect(batches).toEqual([[0, 1, 2]]);
    expect(work.remaining).toBe(0);
    expect(clock.queue).toHaveLength(0);
  });

  it('slices a bigger plan in idle time, each item once and in order', () => {
    const { clock, batches, work } = job(3);
    work.follow(range(10), (all) => all);
    expect(batches).toEqual([]);
    expect(clock.queue.map((e) => e.urgent)).toEqual([false]);
    clock.step();
    expect(batches).toEqual([[0, 1, 2]]);
    expect(work.remaining).toBe(7);
    clock.drain();
    expect(batches.flat()).toEqual(range(10));
    expect(work.remaining).toBe(0);
  });

  it('plans only for a new source; the same source again just resumes', () => {
    const { clock, work } = job(3);
    const source = range(10);
    let plans = 0;
    const todo = (all: number[]) => (plans++, all);
    work.follow(source, todo);
    work.follow(source, todo);
    expect(plans).toBe(1);
    expect(clock.queue).toHaveLength(1); // one slice scheduled, not two
    work.pause();
    expect(clock.queue).toHaveLength(0);
    work.follow(source, todo); // resumes the paused work
    expect(plans).toBe(1);
    expect(clock.queue).toHaveLength(1);
  });

  it('a new source mid-work replaces what was pending with its own plan', () => {
    const { clock, batches, work } = job(3);
    work.follow(range(10), (all) => all);
    clock.step();
    work.follow(
      range(8).map((i) => 100 + i),
      (all) => all.filter((n) => n % 2 === 0),
    );
    clock.drain();
    expect(batches.flat()).toEqual([0, 1, 2, 100, 102, 104, 106]);
  });

  it('hurry finishes back to back in urgent slices and reports progress at the end', () => {
    const { clock, batches, work } = job(2);
    let reports = 0;
    work.subscribe(() => reports++);
    work.follow(range(9), (all) => all);
    work.hurry();
    expect(clock.queue.map((e) => e.urgent)).toEqual([true]);
    clock.drain();
    expect(batches.flat()).toEqual(range(9));
    expect(reports).toBeGreaterThanOrEqual(1);
    expect(work.remaining).toBe(0);
  });
});
