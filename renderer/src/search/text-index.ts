// The MiniSearch index itself, over plain documents (a story's id and the text of each searchable
// field), so the same code indexes in the page (StoryIndex) and in the search worker (index-worker.ts),
// and both answer a query with the same matches.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Story } from '#shared/domain/schemas';
import { fieldText, SEARCH_BOOST, SEARCH_FIELDS, type SearchField, type StoryMatch } from './search-fields';

/** What the index reads of a story: its id and the text of each field, in SEARCH_FIELDS order. */
export interface SearchDoc {
  id: string;
  texts: string[];
}

const FIELD_AT = new Map<string, number>(SEARCH_FIELDS.map((field, i) => [field, i]));

export function searchDoc(story: Story, tagName: (id: string) => string): SearchDoc {
  return { id: story.id, texts: SEARCH_FIELDS.map((field) => fieldText(story, field, tagName)) };
}

export class TextIndex {
  private readonly search = new MiniSearch<SearchDoc>({
    fields: [...SEARCH_FIELDS],
    extractField: (doc, field) => (field === 'id' ? doc.id : (doc.texts[FIELD_AT.get(field) ?? -1] ?? '')),
    searchOptions: {
      boost: SEARCH_BOOST,
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.15 : false),
      combineWith: 'AND',
    },
  });

  add(docs: readonly SearchDoc[]): void {
    this.search.addAll(docs);
  }

  discard(id: string): void {
    this.search.discard(id);
  }

  query(text: string): StoryMatch[] {
    const trimmed = text.trim();
    if (!trimmed) return [];
    return this.search.search(trimmed).map((r: SearchResult) => ({
      id: String(r.id),
      score: r.score,
      terms: r.terms,
      fields: SEARCH_FIELDS.filter((f) => Object.values(r.match).some((fields) => fields.includes(f as SearchField))),
    }));
  }
}
