// Full-text search over every field of every story, with MiniSearch (an inverted index, so a keystroke
// costs a lookup, not a scan of the bank). The index follows the bank incrementally: only stories
// whose object changed are re-indexed. Building it for a big bank is done in slices by BackgroundIndex,
// or in the search worker (worker-index.ts), which reads the same documents.
import type { Story } from '#shared/domain/schemas';
import { IndexedStories } from './indexed-stories';
import { searchDoc, TextIndex } from './text-index';
import type { StoryMatch } from './search-fields';

export type { StoryMatch } from './search-fields';

export class StoryIndex {
  private readonly text = new TextIndex();
  private readonly stories = new IndexedStories();

  constructor(private readonly tagName: (id: string) => string = (id) => id) {}

  get size(): number {
    return this.stories.size;
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
    const { toAdd, dropped, removed } = this.stories.prepare(stories);
    for (const id of dropped) this.text.discard(id);
    return { toAdd, removed };
  }

  /** Indexes stories that prepare() returned (and nothing indexed since). */
  add(stories: readonly Story[]): void {
    this.text.add(stories.map((story) => searchDoc(story, this.tagName)));
    this.stories.mark(stories);
  }

  query(text: string): StoryMatch[] {
    return this.text.query(text);
  }
}
