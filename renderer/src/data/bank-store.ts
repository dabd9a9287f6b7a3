// The client-side bank: stories, stages, frameworks and settings as loaded from the API, updated
// optimistically and saved through the autosave queue. Views subscribe with useSyncExternalStore.
// A list refresh never overwrites a story that still has unsaved edits: local edits win until saved.
import { StorybankError } from '../../../shared/api/errors';
import type { Framework, Settings, Stage, Story, StoryFields } from '../../../shared/domain/schemas';
import { AutosaveQueue, type SaveState } from './autosave-queue';
import type { StoryGateway, StoryPatch } from './story-gateway';

export interface BankSnapshot {
  status: 'loading' | 'ready' | 'error';
  loadError?: string;
  /** Live stories (not in the trash), newest first as the server ordered them. */
  stories: readonly Story[];
  byId: ReadonlyMap<string, Story>;
  stages: readonly Stage[];
  frameworks: readonly Framework[];
  settings: Settings | null;
  save: { state: SaveState; error?: string };
}

const EMPTY: BankSnapshot = {
  status: 'loading',
  stories: [],
  byId: new Map(),
  stages: [],
  frameworks: [],
  settings: null,
  save: { state: 'saved' },
};

const mergePatch = (older: StoryPatch, newer: StoryPatch): StoryPatch => ({ ...older, ...newer });

export class BankStore {
  private snapshot: BankSnapshot = EMPTY;
  private readonly listeners = new Set<() => void>();
  /** The server's updatedAt per story: what the next save must expect. */
  private readonly serverStamp = new Map<string, string>();
  readonly autosave: AutosaveQueue<StoryPatch>;

  constructor(
    private readonly gateway: StoryGateway,
    options: { delayMs?: number } = {},
  ) {
    this.autosave = new AutosaveQueue<StoryPatch>({
      delayMs: options.delayMs,
      merge: mergePatch,
      save: (id, patch) => this.saveStory(id, patch),
      onChange: () => this.setSaveState(),
    });
  }

  getSnapshot = (): BankSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(next: Partial<BankSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...next };
    for (const l of this.listeners) l();
  }

  private setStories(stories: readonly Story[]): void {
    this.emit({ stories, byId: new Map(stories.map((s) => [s.id, s])) });
  }

  private setSaveState(): void {
    const { state, error } = this.autosave;
    if (state !== this.snapshot.save.state || error !== this.snapshot.save.error) this.emit({ save: { state, error } });
  }

  async load(): Promise<void> {
    try {
      const data = await this.gateway.loadBank();
      for (const s of data.stories) this.serverStamp.set(s.id, s.updatedAt);
      this.emit({
        status: 'ready',
        loadError: undefined,
        stages: data.stages,
        frameworks: data.frameworks,
        settings: data.settings,
      });
      this.setStories(this.keepLocalEdits(data.stories.filter((s) => !s.deletedAt)));
    } catch (error) {
      this.emit({ status: 'error', loadError: messageOf(error) });
    }
  }

  /** Re-reads the list (another window may have changed it) without clobbering unsaved edits. */
  async refresh(): Promise<void> {
    const stories = await this.gateway.listStories();
    for (const s of stories) if (!this.autosave.isDirty(s.id)) this.serverStamp.set(s.id, s.updatedAt);
    this.setStories(this.keepLocalEdits(stories.filter((s) => !s.deletedAt)));
  }

  private keepLocalEdits(incoming: Story[]): Story[] {
    return incoming.map((s) => (this.autosave.isDirty(s.id) ? (this.snapshot.byId.get(s.id) ?? s) : s));
  }

  /** Applies an edit at once (the UI never waits) and queues it for saving. */
  updateStory(id: string, patch: StoryPatch): void {
    const current = this.snapshot.byId.get(id);
    if (!current) return;
    const next: Story = { ...current, ...patch };
    this.setStories(this.snapshot.stories.map((s) => (s.id === id ? next : s)));
    this.autosave.push(id, patch);
  }

  /** The same change to many stories (bulk tag / status), saved right away. */
  async updateMany(ids: readonly string[], change: (story: Story) => StoryPatch): Promise<void> {
    for (const id of ids) {
      const story = this.snapshot.byId.get(id);
      if (story) this.updateStory(id, change(story));
    }
    await this.flush();
  }

  flush(): Promise<void> {
    return this.autosave.flush();
  }

  async createStory(fields: Partial<StoryFields> & { sample?: boolean } = {}): Promise<Story> {
    const story = await this.gateway.createStory(fields);
    this.serverStamp.set(story.id, story.updatedAt);
    this.setStories([story, ...this.snapshot.stories]);
    return story;
  }

  async duplicateStory(id: string): Promise<Story> {
    await this.flush();
    const copy = await this.gateway.duplicateStory(id);
    this.serverStamp.set(copy.id, copy.updatedAt);
    this.setStories([copy, ...this.snapshot.stories]);
    return copy;
  }

  /** Moves a story to the trash; it reappears if the server refuses. */
  async deleteStory(id: string): Promise<void> {
    const before = this.snapshot.stories;
    await this.autosave.flush().catch(() => undefined);
    this.autosave.discard(id);
    this.setStories(before.filter((s) => s.id !== id));
    try {
      await this.gateway.deleteStory(id);
    } catch (error) {
      this.setStories(before);
      throw error;
    }
  }

  async restoreStory(id: string): Promise<Story> {
    const story = await this.gateway.restoreStory(id);
    this.serverStamp.set(story.id, story.updatedAt);
    this.setStories([story, ...this.snapshot.stories.filter((s) => s.id !== id)]);
    return story;
  }

  listTrash(): Promise<Story[]> {
    return this.gateway.listTrash();
  }

  /** Deletes a story in the trash for good (it is not in the story list, so only the server changes). */
  async purgeStory(id: string): Promise<void> {
    if (!this.gateway.purgeStory) throw new Error('Deleting stories for good is not available here.');
    await this.gateway.purgeStory(id);
  }

  async updateSettings(patch: Partial<Settings>): Promise<void> {
    const before = this.snapshot.settings;
    if (before) this.emit({ settings: { ...before, ...patch } });
    try {
      const settings = await this.gateway.updateSettings(patch);
      this.emit({ settings });
    } catch (error) {
      this.emit({ settings: before });
      throw error;
    }
  }

  private async saveStory(id: string, patch: StoryPatch): Promise<void> {
    const expected = this.serverStamp.get(id) ?? this.snapshot.byId.get(id)?.updatedAt ?? '';
    let saved: Story;
    try {
      saved = await this.gateway.updateStory(id, patch, expected);
    } catch (error) {
      if (!(error instanceof StorybankError && error.code === 'conflict')) throw error;
      // Changed elsewhere (another window): take the server's story and re-apply only the fields
      // edited here, so neither side's edits to other fields are lost.
      const fresh = await this.gateway.getStory(id);
      saved = await this.gateway.updateStory(id, patch, fresh.updatedAt);
    }
    this.serverStamp.set(id, saved.updatedAt);
    // Fields typed since this save went out stay as they are locally; the rest follow the server.
    const local = this.snapshot.byId.get(id);
    if (!local) return;
    const keys = new Set([...Object.keys(patch), ...Object.keys(this.autosave.pendingPatch(id) ?? {})]) as Set<
      keyof StoryFields
    >;
    const merged: Story = { ...saved, ...pick(local, [...keys]) };
    this.setStories(this.snapshot.stories.map((s) => (s.id === id ? merged : s)));
  }
}

function pick(story: Story, keys: readonly (keyof StoryFields)[]): Partial<Story> {
  const out: Partial<Record<keyof StoryFields, unknown>> = {};
  for (const k of keys) out[k] = story[k];
  return out as Partial<Story>;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
