// The story channels of the API in memory, with the store's rules (expectedUpdatedAt conflicts,
// trash), plus hooks to delay or fail calls, so the bank store's autosave is tested step by step.
// (tests/renderer/stories/bank-store-api.test.ts runs the store against the real main instead.)
import { StorybankError } from '#shared/api/errors';
import { emptyBank, newStory } from '#shared/domain/defaults';
import type { Bank, Project, Settings, Story } from '#shared/domain/schemas';
import type { BankApi, StoryPatch } from '../../../renderer/src/data/bank-store';

export class FakeStoryApi {
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

  /** One bank: its identity stays the same from one read to the next, as on a real server. */
  private readonly bank = emptyBank();

  /** Project records by name (layer notes, deep-dive mark). */
  projects = new Map<string, Project>();
  projectUpdates: { name: string; layerNotes?: Record<string, string> }[] = [];

  async getBank(): Promise<Bank> {
    return {
      ...this.bank,
      stories: [...this.stories.values()].map((s) => ({ ...s })),
      settings: this.settings,
      projects: [...this.projects.values()].map((p) => ({ ...p, layerNotes: { ...p.layerNotes } })),
    };
  }
  /** Layer notes only ('' clears a layer), as the store's notes autosave sends them. */
  async updateProject({
    name,
    changes,
  }: {
    name: string;
    changes: { layerNotes?: Record<string, string> };
  }): Promise<{ projects: Project[]; stories: Story[] }> {
    this.projectUpdates.push({ name, layerNotes: changes.layerNotes });
    if (this.failNext) {
      const e = this.failNext;
      this.failNext = null;
      throw e;
    }
    const old = this.projects.get(name) ?? { name, deepDive: false, layerNotes: {}, updatedAt: this.tick() };
    const layerNotes = { ...old.layerNotes, ...changes.layerNotes };
    for (const [k, v] of Object.entries(layerNotes)) if (v === '') delete layerNotes[k];
    this.projects.set(name, { ...old, layerNotes, updatedAt: this.tick() });
    return { projects: [...this.projects.values()].map((p) => ({ ...p })), stories: [] };
  }
  async getStory({ id }: { id: string }): Promise<Story> {
    const s = this.stories.get(id);
    if (!s) throw new StorybankError({ code: 'not-found', message: 'No such story.' });
    return { ...s };
  }
  async createStory({ fields }: { fields?: Partial<Story> }): Promise<Story> {
    return { ...this.seed(fields ?? {}) };
  }
  async updateStory({
    id,
    fields: patch,
    expectedUpdatedAt: expected = '',
  }: {
    id: string;
    fields: StoryPatch;
    expectedUpdatedAt?: string;
  }): Promise<Story> {
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
  async deleteStory({ id }: { id: string }): Promise<Story> {
    const s = { ...this.stories.get(id)!, deletedAt: this.tick() };
    this.stories.set(id, s);
    return { ...s };
  }
  async restoreStory({ id }: { id: string }): Promise<Story> {
    const { deletedAt: _gone, ...rest } = this.stories.get(id)!;
    const s = { ...rest, updatedAt: this.tick() };
    this.stories.set(id, s);
    return { ...s };
  }
  async duplicateStory({ id }: { id: string }): Promise<Story> {
    const s = this.stories.get(id)!;
    return this.seed({ ...s, id: undefined, title: `${s.title} (copy)` } as Partial<Story>);
  }
  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    this.settings = { ...this.settings, ...patch };
    return this.settings;
  }

  /** The store's view of this fake: the story channels it implements (others are never called here). */
  asApi(): BankApi {
    return this as unknown as BankApi;
  }
}
