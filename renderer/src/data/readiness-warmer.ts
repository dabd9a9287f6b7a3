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
  private count = 0;

  constructor(options: { scheduler?: SliceScheduler; batchSize?: number } = {}) {
    this.work = new SlicedWork((batch) => batch.forEach(storyReport), {
      batchSize: options.batchSize ?? BATCH,
      priority: 1,
      scheduler: options.scheduler,
    });
  }

  /** Stories without a cached report. */
  get remaining(): number {
    return this.work.remaining;
  }

  get total(): number {
    return this.count;
  }

  subscribe = (listener: () => void): (() => void) => this.work.subscribe(listener);

  /** Plans the work for `stories` (idempotent for the same array) and starts it in idle time. */
  track(stories: readonly Story[]): void {
    this.count = stories.length;
    this.work.follow(stories, (all) => all.filter((s) => !hasStoryReport(s)));
  }

  /** A sort or filter waits for the scores: finish the rest back to back (still in short slices). */
  hurry(): void {
    this.work.hurry();
  }

  pause(): void {
    this.work.pause();
  }
}
