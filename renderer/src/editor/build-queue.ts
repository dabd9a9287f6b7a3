// Section editors are built one per task. A story opens with five CodeMirror views, and each one's
// construction (its DOM and its first analysis) is a few milliseconds; built together in the story's
// own commit they were one task of 40–120 ms on a 10,000-story bank, so a keystroke or a scroll right
// after opening waited for all of them. One build per task lets input and paint in between.
import { browserScheduler, type SliceScheduler } from '../data/sliced-work';

const waiting: (() => void)[] = [];
let scheduled = false;
let scheduler: Pick<SliceScheduler, 'soon'> = browserScheduler;

function runNext(): void {
  const build = waiting.shift();
  try {
    build?.();
  } finally {
    if (waiting.length > 0) scheduler.soon(runNext);
    else scheduled = false;
  }
}

/** Runs `build` in a task of its own, after the builds queued before it. Returns a cancel function. */
export function queueBuild(build: () => void): () => void {
  const entry = () => build();
  waiting.push(entry);
  if (!scheduled) {
    scheduled = true;
    scheduler.soon(runNext);
  }
  return () => {
    const at = waiting.indexOf(entry);
    if (at >= 0) waiting.splice(at, 1);
  };
}

/** Tests drive the queue by hand; returns the previous scheduler. */
export function setBuildScheduler(next: Pick<SliceScheduler, 'soon'>): Pick<SliceScheduler, 'soon'> {
  const previous = scheduler;
  scheduler = next;
  return previous;
}
