// Keeps one BackgroundIndex in step with the bank and answers a query. The index is built in idle
// time right after the list paints; a search typed before it is complete shows the matches found so
// far with an "Indexing…" state while the rest is indexed back to back in short slices.
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Story } from '../../../shared/domain/schemas';
import { BackgroundIndex } from './background-index';
import type { StoryMatch } from './story-index';

export interface StorySearch {
  /** Matches by story id, or null when there is no query. */
  matches: Map<string, StoryMatch> | null;
  /** While a query waits for the index: how far it has got. */
  indexing: { done: number; total: number } | null;
}

const NO_SEARCH: StorySearch = { matches: null, indexing: null };

export function useStorySearch(
  stories: readonly Story[],
  query: string,
  tagName?: (id: string) => string,
): StorySearch {
  const [index] = useState(() => new BackgroundIndex(tagName));
  const active = query.trim().length > 0;

  // Effects run after the list has painted: only then does background indexing start.
  useEffect(() => {
    index.track(stories);
    return () => index.pause();
  }, [index, stories]);
  useEffect(() => {
    if (active) index.hurry();
  }, [index, stories, active]);

  // Re-render on progress only while a query is waiting for it.
  const remaining = useSyncExternalStore(index.subscribe, () => (active ? index.remaining : 0));

  return useMemo(() => {
    if (!active) return NO_SEARCH;
    index.track(stories); // idempotent; an edited story is re-indexed here, before the query
    const matches = new Map(index.query(query).map((m) => [m.id, m]));
    const left = index.remaining;
    return { matches, indexing: left > 0 ? { done: index.indexedCount, total: index.indexedCount + left } : null };
    // `remaining` is a dependency so partial results refresh as indexing progresses.
  }, [index, stories, query, active, remaining]); // eslint-disable-line react-hooks/exhaustive-deps
}
