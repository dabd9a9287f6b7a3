// Which story objects an index holds, so it can follow the bank incrementally: an edit replaces a
// story's object, so a story whose object is not the one indexed must be indexed again.
import type { Story } from '#shared/domain/schemas';

export class IndexedStories {
  private readonly indexed = new Map<string, Story>();

  get size(): number {
    return this.indexed.size;
  }

  /**
   * What `stories` asks of the index: the stories to (re)index, and the ids to drop from it first
   * (changed stories, and removed ones, counted in `removed`). Dropped ids are forgotten here at once.
   */
  prepare(stories: readonly Story[]): { toAdd: Story[]; dropped: string[]; removed: number } {
    const toAdd: Story[] = [];
    const dropped: string[] = [];
    let kept = 0;
    for (const story of stories) {
      const before = this.indexed.get(story.id);
      if (before === story) {
        kept++;
        continue;
      }
      if (before) {
        dropped.push(story.id);
        this.indexed.delete(story.id);
      }
      toAdd.push(story);
    }
    let removed = 0;
    if (kept < this.indexed.size) {
      const live = new Set(stories.map((s) => s.id));
      for (const id of [...this.indexed.keys()]) {
        if (live.has(id)) continue;
        dropped.push(id);
        this.indexed.delete(id);
        removed++;
      }
    }
    return { toAdd, dropped, removed };
  }

  /** Records stories as indexed. */
  mark(stories: readonly Story[]): void {
    for (const story of stories) this.indexed.set(story.id, story);
  }
}
