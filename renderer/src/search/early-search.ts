// Answers a search typed before the index of a big bank is built: the exact scan (exact-scan.ts) over
// every story, in short back-to-back slices so no task holds the main thread. It finds every story
// with each query word at the start of a word, in any field; the typo-tolerant matches come when the
// index is ready, which takes over.
import type { Story } from '#shared/domain/schemas';
import { SlicedWork, type SliceScheduler } from '../data/sliced-work';
import { exactMatches } from './exact-scan';
import type { StoryMatch } from './search-fields';

// The first scan of a story lowercases its text (about 0.04 ms a story); later scans are cheaper.
const BATCH = 100;

export class EarlySearch {
  private readonly work: SlicedWork<Story>;
  private stories: readonly Story[] | null = null;
  private words: readonly string[] = [];
  private found: StoryMatch[] = [];

  constructor(
    private readonly tagName?: (id: string) => string,
    options: { scheduler?: SliceScheduler; batchSize?: number; now?: () => number } = {},
  ) {
    this.work = new SlicedWork(
      (batch) => {
        for (const m of exactMatches(batch, this.words, this.tagName)) this.found.push(m);
      },
      {
        batchSize: options.batchSize ?? BATCH,
        scheduler: options.scheduler,
        now: options.now,
        progressEveryMs: Infinity,
      },
    );
  }

  subscribe = (listener: () => void): (() => void) => this.work.subscribe(listener);

  /** Scans `stories` for `words` (from queryWords), unless that scan is already running or done. */
  run(stories: readonly Story[], words: readonly string[]): void {
    if (this.isFor(stories, words)) return;
    this.work.pause();
    this.stories = stories;
    this.words = words;
    this.found = [];
    this.work.replace(stories);
    this.work.hurry(); // someone is waiting for the answer
  }

  stop(): void {
    this.work.pause();
    this.stories = null;
    this.found = [];
  }

  /** The finished answer for these stories and words, or null while it is being worked out. */
  answer(stories: readonly Story[], words: readonly string[]): StoryMatch[] | null {
    return this.isFor(stories, words) && this.work.remaining === 0 ? this.found : null;
  }

  private isFor(stories: readonly Story[], words: readonly string[]): boolean {
    return this.stories === stories && this.words.join('\u0000') === words.join('\u0000');
  }
}
