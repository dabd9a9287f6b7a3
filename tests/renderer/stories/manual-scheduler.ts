// A SliceScheduler the test drives by hand, shared by the tests of the sliced background work (search
// index, readiness warmer, early search, the worker index).
import type { SliceScheduler } from '../../../renderer/src/data/sliced-work';

export interface ManualScheduler {
  scheduler: SliceScheduler;
  /** Slices waiting, in order; `urgent` marks the ones asked for "soon" rather than in idle time. */
  queue: { run: () => void; urgent: boolean }[];
  /** Runs the next waiting slice. */
  step: () => void;
  /** Runs slices until none wait (bounded, so a slice that always re-schedules cannot hang a test). */
  drain: () => void;
}

/**
 * Each step runs one pending slice; idle slices get `idleBudgetMs` (0 makes each idle slice do exactly one
 * batch). Cancelling a slice removes it from the queue.
 */
export function manualScheduler(idleBudgetMs = 1): ManualScheduler {
  const queue: ManualScheduler['queue'] = [];
  const add = (run: () => void, urgent: boolean) => {
    const entry = { run, urgent };
    queue.push(entry);
    return () => {
      const i = queue.indexOf(entry);
      if (i >= 0) queue.splice(i, 1);
    };
  };
  return {
    scheduler: { idle: (slice) => add(() => slice(idleBudgetMs), false), soon: (slice) => add(slice, true) },
    queue,
    step: () => queue.shift()?.run(),
    drain: () => {
      for (let i = 0; queue.length > 0 && i < 10_000; i++) queue.shift()!.run();
    },
  };
}
