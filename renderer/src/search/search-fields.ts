// What story search looks at: the fields, their weights, the text of each field, and what a match says.
// Shared by the MiniSearch index and the exact scan that answers while the index is being built.
import type { Story } from '#shared/domain/schemas';
import { STORY_SECTIONS } from '#shared/domain/sections';

export const SEARCH_FIELDS = ['title', 'project', 'role', ...STORY_SECTIONS, 'notes', 'companies', 'tags'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** How much a match in a field counts, against 1 for the rest. */
export const SEARCH_BOOST: Partial<Record<SearchField, number>> = { title: 3, project: 1.5, companies: 1.5, tags: 1.5 };

export interface StoryMatch {
  id: string;
  score: number;
  /** The indexed terms that matched (lowercase), for highlighting. */
  terms: string[];
  /** Fields that matched, in field order. */
  fields: SearchField[];
}

/** The text of one searchable field (tags by their names). */
export function fieldText(story: Story, field: SearchField, tagName: (id: string) => string): string {
  if (field === 'companies') return story.companies.join(' ');
  if (field === 'tags') return [...story.competencies, ...story.stages].map(tagName).join(' ');
  return String(story[field] ?? '');
}
