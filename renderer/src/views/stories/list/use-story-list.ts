// What the story list shows: the search text, the filters, the sort, and the stories they leave, in
// order. Search and readiness scores are built in the background for big banks; until they are ready
// the list says so (`indexing`, `scoring`) rather than blocking the page.
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { InterviewEntry, Story } from '#shared/domain/schemas';
import { lastToldDates } from '#shared/interview-log/index';
import { speakingSeconds, storyReadiness, storyReport, storySignalsOf } from '../../../data/story-analysis';
import { useStorySearch } from '../../../search/use-story-search';
import { useReadinessScores } from '../use-readiness-scores';
import {
  filterStories,
  NO_FILTERS,
  sortNeedsScores,
  sortStories,
  type SortKey,
  type StoryFilters,
  type StoryMetrics,
} from './story-query';

export function useStoryList(
  stories: readonly Story[],
  interviews: readonly InterviewEntry[],
  tagName: (id: string) => string,
) {
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [filters, setFilters] = useState<StoryFilters>(NO_FILTERS);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [sort, setSort] = useState<SortKey>('updated');

  // When each story was last told, from the interview log: the "last told" sort and "never told" filter.
  const metrics = useMemo<StoryMetrics>(() => {
    const told = lastToldDates(interviews);
    return {
      score: storyReadiness,
      seconds: (s) => speakingSeconds(storyReport(s)),
      lastTold: (s) => told.get(s.id),
      shows: (s, id) => storySignalsOf(s).signals.some((x) => x.id === id && x.present),
    };
  }, [interviews]);

  const { matches, indexing } = useStorySearch(stories, deferredQuery, tagName);
  const scoring = useReadinessScores(stories, sortNeedsScores(sort) || filters.readiness !== 'any');
  const visible = useMemo(() => {
    // Until every readiness score is ready, the list keeps a cheap order and skips the readiness
    // filter (the pending state says so) rather than scoring the whole bank in one long task.
    const filtered = filterStories(stories, scoring ? { ...filters, readiness: 'any' } : filters, metrics);
    if (!matches) return sortStories(filtered, scoring && sortNeedsScores(sort) ? 'updated' : sort, metrics);
    // While searching, the best match comes first.
    return filtered
      .filter((s) => matches.has(s.id))
      .sort((a, b) => matches.get(b.id)!.score - matches.get(a.id)!.score);
  }, [stories, filters, sort, matches, scoring, metrics]);

  /** Shows every story again (a new story must be in view). */
  const showAll = useCallback(() => {
    setQuery('');
    setFilters(NO_FILTERS);
  }, []);
  const toggleFilters = useCallback(() => setFiltersOpen((open) => !open), []);

  return {
    query,
    setQuery,
    filters,
    setFilters,
    filtersOpen,
    toggleFilters,
    sort,
    setSort,
    showAll,
    /** The stories shown, in the order shown. */
    visible,
    matches,
    indexing,
    scoring,
  };
}
