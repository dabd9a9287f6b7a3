// Computes every story's readiness report (the analyzer, about 0.1–0.2 ms a story) in idle time, so
// sorting or filtering a big bank by readiness finds them cached. Reports are cached per story object
// in story-analysis (an edit replaces the object), so an edited story is re-scored on its own.
import type { Story } from '#shared/domain/schemas';
import { SlicedWork, type SliceScheduler } from './sliced-work';
import { hasStoryReport, storyReport } from './story-analysis';

const BATCH = 25;
// After the search index (priority 0): typing a search is more common than a readiness sort.

export class ReadinessWarmer {
  private readonly work: SlicedWork<Story>;
  private tracked: readonly Story[] | null = null;
  private readonly batchSize: number;

  constructor(options: { scheduler?: SliceScheduler; batchSize?: number } = {}) {
    this.batchSize = options.batchSize ?? BATCH;
    this.work = new SlicedWork((batch) => batch.forEach(storyReport), {
      batchSize: this.batchSize,
      priority: 1,
      scheduler: options.scheduler,
    });
  }

  /** Stories without a cached report. */
  get remaining(): number {
    return this.work.remaining;
  }

  get total(): number {
    return this.tracked?.length ?? 0;
  }

  subscribe = (listener: () => void): (() => void) => this.work.subscribe(listener);

  /** Plans the work for `stories` (idempotent for the same array) and starts it in idle time. */
  track(stories: readonly Story[]): void {
    if (stories !== this.tracked) {
      this.tracked = stories;
      const todo = stories.filter((s) => !hasStoryReport(s));
      if (todo.length <= this.batchSize) {
        todo.forEach(storyReport);
        this.work.replace([]);
      } else {
        this.work.replace(todo);
      }
    }
    this.work.resume();
  }

  /** A sort or filter waits for the scores: finish the rest back to back (still in short slices). */
  hurry(): void {
    this.work.hurry();
  }

  pause(): void {
    this.work.pause();
  }
}
