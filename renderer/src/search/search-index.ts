// Where the story index lives: in a worker where the page can start one (the app, in Electron and in
// a browser), so building the index of a big bank never holds up the page; in the page otherwise
// (tests in jsdom). Both follow the bank the same way and give the same matches.
import type { Story } from '#shared/domain/schemas';
import { BackgroundIndex } from './background-index';
import type { StoryMatch } from './search-fields';
import { WorkerIndex, type IndexPort } from './worker-index';

export interface SearchIndex {
  /** Stories not searchable yet. */
  readonly remaining: number;
  readonly indexedCount: number;
  subscribe(listener: () => void): () => void;
  track(stories: readonly Story[]): void;
  hurry(): void;
  pause(): void;
  /** Matches for `text`, or undefined while a worker works them out (subscribers hear when). */
  answer(text: string): StoryMatch[] | undefined;
  /** Stops background work (and the worker) when the list goes away. */
  dispose(): void;
}

export function createSearchIndex(tagName?: (id: string) => string): SearchIndex {
  if (typeof Worker !== 'function') return new BackgroundIndex(tagName);
  const start = (): IndexPort => {
    try {
      return new Worker(new URL('./index-worker.ts', import.meta.url), {
        type: 'module',
        name: 'search',
      }) as unknown as IndexPort;
    } catch {
      return failedWorker();
    }
  };
  return new WorkerIndex(start, tagName);
}

/** A worker that could not be made: it reports an error at once, so WorkerIndex indexes in the page. */
function failedWorker(): IndexPort {
  const port: IndexPort = {
    postMessage: () => undefined,
    onmessage: null,
    onerror: null,
    terminate: () => undefined,
  };
  queueMicrotask(() => port.onerror?.(new Event('error')));
  return port;
}
