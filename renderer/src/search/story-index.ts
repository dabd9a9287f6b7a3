// Full-text search over every field of every story, with MiniSearch (an inverted index, so a keystroke
// costs a lookup, not a scan of the bank). The index follows the bank incrementally: only stories
// whose object changed are re-indexed. Building it for a big bank is done in slices by BackgroundIndex.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Story } from '#shared/domain/schemas';
import { fieldText, SEARCH_BOOST, SEARCH_FIELDS, type SearchField, type StoryMatch } from './search-fields';

export type { StoryMatch } from './search-fields';

interface IndexedStory {
  id: string;
  story: Story;
}

export class StoryIndex {
  private readonly search: MiniSearch<IndexedStory>;
  private readonly indexed = new Map<string, Story>();

  constructor(private readonly tagName: (id: string) => string = (id) => id) {
    this.search = new MiniSearch<IndexedStory>({
      fields: [...SEARCH_FIELDS],
      extractField: (doc, field) =>
        field === 'id' ? doc.id : fieldText(doc.story, field as SearchField, this.tagName),
      searchOptions: {
        boost: SEARCH_BOOST,
        prefix: true,
        fuzzy: (term) => (term.length > 4 ? 0.15 : false),
        combineWith: 'AND',
      },
    });
  }

  get size(): number {
    return this.indexed.size;
  }

  /** Brings the index up to date with `stories` in one go; returns how many stories were (re)indexed or removed. */
  sync(stories: readonly Story[]): number {
    const { toAdd, removed } = this.prepare(stories);
    this.add(toAdd);
    return toAdd.length + removed;
  }

  /**
   * The cheap half of a sync: drops stories that were removed or changed (an edit replaces the story
   * object) and returns the stories still to add, so the expensive half can run in slices.
   */
  prepare(stories: readonly Story[]): { toAdd: Story[]; removed: number } {
    const toAdd: Story[] = [];
    let kept = 0;
    for (const story of stories) {
      const before = this.indexed.get(story.id);
      if (before === story) {
        kept++;
        continue;
      }
      if (before) {
        this.search.discard(story.id);
        this.indexed.delete(story.id);
      }
      toAdd.push(story);
    }
    let removed = 0;
    if (kept < this.indexed.size) {
      const live = new Set(stories.map((s) => s.id));
      for (const id of [...this.indexed.keys()]) {
        if (live.has(id)) continue;
        this.search.discard(id);
        this.indexed.delete(id);
        removed++;
      }
    }
    return { toAdd, removed };
  }

  /** Indexes stories that prepare() returned (and nothing indexed since). */
  add(stories: readonly Story[]): void {
    this.search.addAll(stories.map((story) => ({ id: story.id, story })));
    for (const story of stories) this.indexed.set(story.id, story);
  }

  query(text: string): StoryMatch[] {
    const trimmed = text.trim();
    if (!trimmed) return [];
    return this.search.search(trimmed).map((r: SearchResult) => ({
      id: String(r.id),
      score: r.score,
      terms: r.terms,
      fields: SEARCH_FIELDS.filter((f) => Object.values(r.match).some((fields) => fields.includes(f))),
    }));
  }
}
