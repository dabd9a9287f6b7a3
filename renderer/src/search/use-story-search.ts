// Keeps one BackgroundIndex in step with the bank and answers a query. The index is built in idle
// time right after the list paints. A search typed before it is complete is answered by an exact scan
// of every story in short slices (every story with each word at the start of a word, in any field):
// meanwhile the matches indexed so far show, and the "Indexing…" state stays until the index, with
// its typo-tolerant matches, takes over.
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Story } from '#shared/domain/schemas';
import { EarlySearch } from './early-search';
import { queryWords } from './exact-scan';
import { createSearchIndex } from './search-index';
import type { StoryMatch } from './story-index';

export interface StorySearch {
  /** Matches by story id, or null when there is no query. */
  matches: Map<string, StoryMatch> | null;
  /**
   * While the index is still being built for a query: how far it has got, and whether the matches
   * shown are the exact scan's (complete for exact words; typo-tolerant ones come with the index).
   */
  indexing: { done: number; total: number; exact: boolean } | null;
}

const NO_SEARCH: StorySearch = { matches: null, indexing: null };

export function useStorySearch(
  stories: readonly Story[],
  query: string,
  tagName?: (id: string) => string,
): StorySearch {
  const [index] = useState(() => createSearchIndex(tagName));
  const [early] = useState(() => new EarlySearch(tagName));
  const active = query.trim().length > 0;
  const words = useMemo(() => queryWords(query), [query]);

  // Effects run after the list has painted: only then does background indexing start.
  useEffect(() => {
    index.track(stories);
    return () => index.pause();
  }, [index, stories]);
  useEffect(() => {
    if (active) index.hurry();
  }, [index, stories, active]);

  // Re-render on progress (and on the worker's answers) only while a query is waiting for them.
  const remaining = useSyncExternalStore(index.subscribe, () => (active ? index.remaining : 0));
  const answer = useSyncExternalStore(index.subscribe, () =>
    active && index.remaining === 0 ? index.answer(query) : undefined,
  );
  const [shown, setShown] = useState<StorySearch>(NO_SEARCH);
  const scanned = useSyncExternalStore(early.subscribe, () => early.answer(stories, words));

  useEffect(() => {
    if (active && remaining > 0) early.run(stories, words);
    else early.stop();
  }, [early, stories, words, active, remaining]);
  useEffect(() => () => early.stop(), [early]);
  useEffect(() => () => index.dispose(), [index]);

  const search = useMemo(() => {
    if (!active) return NO_SEARCH;
    index.track(stories); // idempotent; an edited story is re-indexed here (sent to the worker), before the query
    const left = index.remaining;
    const found = left > 0 && scanned ? scanned : index.answer(query);
    // The worker has not answered yet (a few milliseconds): what is on screen stays until it does.
    if (!found) return null;
    const matches = new Map(found.map((m) => [m.id, m]));
    return {
      matches,
      indexing:
        left > 0 ? { done: index.indexedCount, total: index.indexedCount + left, exact: scanned !== null } : null,
    };
    // `remaining` and `answer` are dependencies so results refresh as indexing progresses and answers come.
  }, [index, stories, query, active, remaining, scanned, answer]); // eslint-disable-line react-hooks/exhaustive-deps
  if (search && search !== shown) setShown(search);
  return search ?? shown;
}
