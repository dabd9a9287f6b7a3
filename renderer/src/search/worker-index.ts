// The page's side of the search worker: follows the bank like BackgroundIndex (only new or changed
// stories are sent, a big batch in idle-time slices, an edit at once), and asks the worker for
// matches. Messages are handled in order, so an answer always reflects every change sent before the
// question. If the worker fails, the same index is built in the page instead (BackgroundIndex).
import type { Story } from '#shared/domain/schemas';
import { SlicedWork, type SliceScheduler } from '../data/sliced-work';
import { BackgroundIndex } from './background-index';
import type { FromIndexWorker, ToIndexWorker } from './index-worker-protocol';
import { IndexedStories } from './indexed-stories';
import type { StoryMatch } from './search-fields';
import { searchDoc } from './text-index';

/** What the page needs of a worker (a real Worker, or an in-process stand-in in tests). */
export interface IndexPort {
  postMessage(message: ToIndexWorker): void;
  onmessage: ((event: MessageEvent<FromIndexWorker>) => void) | null;
  onerror: ((event: Event) => void) | null;
  terminate(): void;
}

// Sending costs the page little (a structured copy of the text); the worker does the indexing.
const BATCH = 200;

export class WorkerIndex {
  private stories = new IndexedStories();
  private readonly work: SlicedWork<Story>;
  /** The worker, started on the first track() (and again after dispose(): React may remount). */
  private port: IndexPort | undefined;
  private readonly listeners = new Set<() => void>();
  /** Stories sent that the worker has not indexed yet. */
  private unindexed = 0;
  /** Bumped with every change sent: an answer is for the version it was asked at. */
  private version = 0;
  private asked: string | undefined;
  private answered: { key: string; matches: StoryMatch[] } | undefined;
  private fallback: BackgroundIndex | undefined;
  private lastStories: readonly Story[] | undefined;

  constructor(
    private readonly startWorker: () => IndexPort,
    private readonly tagName: (id: string) => string = (id) => id,
    private readonly options: { scheduler?: SliceScheduler; batchSize?: number } = {},
  ) {
    this.work = new SlicedWork((batch) => this.send(batch), {
      batchSize: options.batchSize ?? BATCH,
      scheduler: options.scheduler,
    });
    this.work.subscribe(() => this.notify());
  }

  private worker(): IndexPort {
    if (this.port) return this.port;
    const port = this.startWorker();
    port.onmessage = (event) => {
      if (this.port === port) this.receive(event.data);
    };
    port.onerror = () => {
      if (this.port === port) this.fail();
    };
    this.port = port;
    return port;
  }

  /** Stops the worker and forgets what it held; a later track() starts afresh. */
  dispose(): void {
    this.work.pause();
    this.work.replace([]);
    this.port?.terminate();
    this.port = undefined;
    this.stories = new IndexedStories();
    this.unindexed = 0;
    this.asked = undefined;
    this.answered = undefined;
    this.version++;
    this.fallback?.pause();
  }

  get remaining(): number {
    return this.fallback ? this.fallback.remaining : this.work.remaining + this.unindexed;
  }

  get indexedCount(): number {
    return this.fallback ? this.fallback.indexedCount : this.stories.size - this.unindexed;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Plans what to send for `stories` (cheap; idempotent for the same array) and starts in idle time. */
  track(stories: readonly Story[]): void {
    this.lastStories = stories;
    if (this.fallback) return this.fallback.track(stories);
    // After dispose() the same array must be planned again, not just resumed.
    if (!this.port) this.work.forget();
    this.worker();
    this.work.follow(stories, (all) => {
      const { toAdd, dropped } = this.stories.prepare(all);
      if (dropped.length > 0) this.post({ kind: 'discard', ids: dropped });
      return toAdd;
    });
  }

  hurry(): void {
    if (this.fallback) this.fallback.hurry();
    else this.work.hurry();
  }

  pause(): void {
    this.fallback?.pause();
    this.work.pause();
  }

  /**
   * The matches for `text` among every story sent so far, once the worker has answered; undefined
   * until then (the question is sent now, and subscribers hear when the answer comes).
   */
  answer(text: string): StoryMatch[] | undefined {
    if (this.fallback) return this.fallback.query(text);
    const key = `${this.version}\u0000${text}`;
    if (this.answered?.key === key) return this.answered.matches;
    if (this.asked !== key) {
      this.asked = key;
      this.worker().postMessage({ kind: 'query', key, text });
    }
    return undefined;
  }

  private send(batch: readonly Story[]): void {
    if (batch.length === 0) return;
    this.post({ kind: 'add', docs: batch.map((story) => searchDoc(story, this.tagName)) });
    this.unindexed += batch.length;
    this.stories.mark(batch);
  }

  private post(message: ToIndexWorker): void {
    this.version++;
    this.worker().postMessage(message);
  }

  private receive(message: FromIndexWorker): void {
    if (this.fallback) return;
    if (message.kind === 'added') this.unindexed -= message.count;
    else if (message.key === this.asked) this.answered = { key: message.key, matches: message.matches };
    else return;
    this.notify();
  }

  /** The worker could not start or crashed: index in the page from now on. */
  private fail(): void {
    if (this.fallback) return;
    this.work.pause();
    this.port?.terminate();
    this.fallback = new BackgroundIndex(this.tagName, { scheduler: this.options.scheduler });
    this.fallback.subscribe(() => this.notify());
    if (this.lastStories) this.fallback.track(this.lastStories);
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
