// An in-memory StoryGateway with the store's rules (expectedUpdatedAt conflicts, trash), plus hooks
// to delay or fail calls, so the bank store and autosave are tested against real behaviour.
import { StorybankError } from '../../../shared/api/errors';
import { emptyBank, newStory } from '../../../shared/domain/defaults';
import type { Settings, Story } from '../../../shared/domain/schemas';
import type { BankData, StoryGateway, StoryPatch } from '../../../renderer/src/data/story-gateway';

export class FakeGateway implements StoryGateway {
  stories = new Map<string, Story>();
  settings: Settings = emptyBank().settings;
  updates: { id: string; patch: StoryPatch; expected: string }[] = [];
  /** When set, updateStory waits for this promise before answering. */
  gate: Promise<void> | null = null;
  failNext: Error | null = null;
  private clock = Date.parse('2026-01-01T00:00:00Z');

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  seed(fields: Partial<Story>): Story {
    const story = { ...newStory(fields, new Date(this.clock)), ...fields };
    this.tick();
    this.stories.set(story.id, story);
    return story;
  }

  /** Another window edits a story behind our back. */
  editElsewhere(id: string, patch: StoryPatch): Story {
    const story = { ...this.stories.get(id)!, ...patch, updatedAt: this.tick() };
    this.stories.set(id, story);
    return story;
  }

  async loadBank(): Promise<BankData> {
    return {
      stories: [...this.stories.values()].map((s) => ({ ...s })),
      stages: emptyBank().stages,
      frameworks: [],
      settings: this.settings,
    };
  }
  async listStories(): Promise<Story[]> {
    return [...this.stories.values()].filter((s) => !s.deletedAt).map((s) => ({ ...s }));
  }
  async getStory(id: string): Promise<Story> {
    const s = this.stories.get(id);
    if (!s) throw new StorybankError({ code: 'not-found', message: 'No such story.' });
    return { ...s };
  }
  async createStory(fields: Partial<Story>): Promise<Story> {
    return { ...this.seed(fields) };
  }
  async updateStory(id: string, patch: StoryPatch, expected: string): Promise<Story> {
    this.updates.push({ id, patch, expected });
    if (this.gate) await this.gate;
    if (this.failNext) {
      const e = this.failNext;
      this.failNext = null;
      throw e;
    }
    const s = this.stories.get(id)!;
    if (s.updatedAt !== expected) throw new StorybankError({ code: 'conflict', message: 'Changed elsewhere.' });
    const next = { ...s, ...patch, updatedAt: this.tick() };
    this.stories.set(id, next);
    return { ...next };
  }
  async deleteStory(id: string): Promise<void> {
    this.stories.set(id, { ...this.stories.get(id)!, deletedAt: this.tick() });
  }
  async restoreStory(id: string): Promise<Story> {
    const { deletedAt: _gone, ...rest } = this.stories.get(id)!;
    const s = { ...rest, updatedAt: this.tick() };
    this.stories.set(id, s);
    return { ...s };
  }
  async listTrash(): Promise<Story[]> {
    return [...this.stories.values()].filter((s) => s.deletedAt);
  }
  async duplicateStory(id: string): Promise<Story> {
    const s = this.stories.get(id)!;
    return this.seed({ ...s, id: undefined, title: `${s.title} (copy)` } as Partial<Story>);
  }
  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    this.settings = { ...this.settings, ...patch };
    return this.settings;
  }
}
