// SlicedWork owns what the search index and the readiness warmer share: planning from a source,
// doing a small plan at once, slicing a big one in idle time, hurrying, pausing and progress.
import { describe, expect, it } from 'vitest';
import { SlicedWork, type SliceScheduler } from '../../../renderer/src/data/sliced-work';

/** A scheduler driven by hand; idle slices get a 0 ms budget, so each slice does exactly one batch. */
function manualScheduler() {
  const queue: { run: () => void; urgent: boolean }[] = [];
  const add = (run: () => void, urgent: boolean) => {
    const entry = { run, urgent };
    queue.push(entry);
    return () => {
      const i = queue.indexOf(entry);
      if (i >= 0) queue.splice(i, 1);
    };
  };
  const scheduler: SliceScheduler = { idle: (slice) => add(() => slice(0), false), soon: (slice) => add(slice, true) };
  return {
    scheduler,
    queue,
    step: () => queue.shift()?.run(),
    drain: () => {
      for (let i = 0; queue.length > 0 && i < 1_000; i++) queue.shift()!.run();
    },
  };
}

function job(batchSize = 3) {
  const clock = manualScheduler();
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
