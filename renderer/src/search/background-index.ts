// Keeps a StoryIndex in step with the bank without ever blocking the main thread for long: a big
// batch of new stories (opening a 10,000-story bank) is indexed in idle time, a few at a time; a
// small change (an edited story) is re-indexed at once, so search never lags behind typing.
import type { Story } from '#shared/domain/schemas';
import { SlicedWork, type SliceScheduler } from '../data/sliced-work';
import { StoryIndex, type StoryMatch } from './story-index';

// About 0.3 ms per realistic story in Chromium: 25 stories stay well inside one idle period.
const BATCH = 25;

export class BackgroundIndex {
  private readonly index: StoryIndex;
  private readonly work: SlicedWork<Story>;

  constructor(tagName?: (id: string) => string, options: { scheduler?: SliceScheduler; batchSize?: number } = {}) {
    this.index = new StoryIndex(tagName);
    this.work = new SlicedWork((batch) => this.index.add(batch), {
      batchSize: options.batchSize ?? BATCH,
      scheduler: options.scheduler,
    });
  }

  /** Stories not searchable yet. */
  get remaining(): number {
    return this.work.remaining;
  }

  get indexedCount(): number {
    return this.index.size;
  }

  subscribe = (listener: () => void): (() => void) => this.work.subscribe(listener);

  /** Plans the work for `stories` (cheap; idempotent for the same array) and starts it in idle time. */
  track(stories: readonly Story[]): void {
    this.work.follow(stories, (all) => this.index.prepare(all).toAdd);
  }

  /** A search is waiting: finish the rest back to back (still in short slices). */
  hurry(): void {
    this.work.hurry();
  }

  pause(): void {
    this.work.pause();
  }

  dispose(): void {
    this.pause();
  }

  /** Matches among the stories indexed so far (all of them once `remaining` is 0). */
  query(text: string): StoryMatch[] {
    return this.index.query(text);
  }

  /** The same as query(): the page's index answers at once (see SearchIndex). */
  answer(text: string): StoryMatch[] {
    return this.query(text);
  }
}
