// Keeps one StoryIndex in step with the bank and answers a query. Nobody pays for the index until
// they search; after that only stories that changed are re-indexed (typing in a story re-indexes one).
import { useMemo, useState } from 'react';
import type { Story } from '../../../shared/domain/schemas';
import { StoryIndex, type StoryMatch } from './story-index';

export function useStorySearch(stories: readonly Story[], query: string, tagName?: (id: string) => string): Map<string, StoryMatch> | null {
  const [index] = useState(() => new StoryIndex(tagName));
  const active = query.trim().length > 0;
  return useMemo(() => {
    if (!active) return null;
    index.sync(stories); // idempotent, so a repeated render does no extra work
    return new Map(index.query(query).map((m) => [m.id, m]));
  }, [index, stories, query, active]);
}
