// Whether the list's rows show their readiness score and speaking time yet. Each comes from the
// story's full analysis (a few milliseconds a story), and on a cold start no story has one: scoring
// the twenty-odd rows in view before the first paint took about as long as everything else before it.
// So a list whose first rows have no cached report paints them without, scores the rows in view just
// after (a few per task, so input and paint get their turns), then shows every row's as before. The
// page's first report is itself done in parts (analyzer-warm-up.ts): cold, it took 70–125 ms.
import { useEffect, useState } from 'react';
import type { Story } from '#shared/domain/schemas';
import { browserScheduler, type SliceScheduler } from '../../../data/sliced-work';
import { reportStep } from '../../../data/analyzer-warm-up';
import { hasStoryReport } from '../../../data/story-analysis';

/** Rows a list shows when it opens at its top (its viewport holds about ten; with room to spare). */
const FIRST_ROWS = 30;
/** How long one task scores rows before it yields. */
const SLICE_MS = 6;

/**
 * `stories` is the list in display order; `rowsInView` reads the stories rendered now. Once true, it
 * stays true: rows that scroll into view later are scored as they render.
 */
export function useRowsScored(
  stories: readonly Story[],
  rowsInView: () => readonly Story[],
  scheduler: Pick<SliceScheduler, 'soon'> = browserScheduler,
): boolean {
  const [scored, setScored] = useState(() => stories.slice(0, FIRST_ROWS).every(hasStoryReport));
  useEffect(() => {
    if (scored) return;
    let cancel = () => {};
    const step = () => {
      const started = performance.now();
      const spent = () => performance.now() - started > SLICE_MS;
      for (const story of rowsInView()) {
        let done = reportStep(story);
        while (!done && !spent()) done = reportStep(story);
        if (spent()) break;
      }
      if (rowsInView().every(hasStoryReport)) setScored(true);
      else cancel = scheduler.soon(step);
    };
    cancel = scheduler.soon(step);
    return () => cancel();
  }, [scored, rowsInView, scheduler]);
  return scored;
}
