/**
 * The renderer's one copy of the bank. It loads the whole bank once (`getBank`) and then never
 * re-reads it: every write goes through one mutation method here, named after its channel, which
 * calls the API and applies the server's answer to the snapshot (story edits are applied at once and
 * saved by the autosave queue). Views read with selectors and write with the methods:
 *
 * ```tsx
 * function LoopCount() {
 *   const loops = useBank((bank) => bank.loops); // re-renders only when the loops change
 *   const store = useBankStore();
 *   return <button onClick={() => void store.deleteLoop(loops[0].id)}>{loops.length} loops</button>;
 * }
 * ```
 *
 * A new write channel gets a method here that applies its answer (never a reload). Derived data
 * (coverage, ranking, readiness, warnings) is computed from the snapshot with shared/, in a selector
 * or a useMemo, not fetched. A selector that builds a new object or array must be memoized by the
 * caller (useMemo over selected parts) or return parts of the snapshot as they are.
 */
import type { ResponseOf, RequestOf, StorybankApi } from '#shared/api/contract';
import { errorMessage, StorybankError } from '#shared/api/errors';
import type {
  Bank,
  Framework,
  InterviewEntry,
  Loop,
  Profile,
  Project,
  Question,
  Settings,
  Stage,
  Story,
  StoryFields,
} from '#shared/domain/schemas';
import { AutosaveQueue, type SaveState } from './autosave-queue';
import { browserStorage, EditJournal, NOTES_JOURNAL_PREFIX, type JournalEntries } from './edit-journal';
import { browserTabPresence, type TabPresence } from './tab-presence';

export type StoryPatch = Partial<StoryFields>;
/** Depth-map notes of one project, per layer id ('' clears a layer). */
export type LayerNotesPatch = Record<string, string>;

/** Edits a previous visit typed but the server never acknowledged, offered back on load. */
export interface UnsavedEdit {
  /** A story id, or the project name for layer notes. */
  id: string;
  kind: 'story' | 'project';
  title: string;
  /** Story fields, or depth-map layer ids. */
  fields: string[];
  at: string;
}

export interface BankSnapshot {
  status: 'loading' | 'ready' | 'error';
  loadError?: string;
  /** Live stories (not in the trash): the bank's order, stories made here at the front. */
  stories: readonly Story[];
  byId: ReadonlyMap<string, Story>;
  /** Stories in the trash: the bank's order, stories trashed here at the front. */
  trash: readonly Story[];
  stages: readonly Stage[];
  /** The user's own frameworks (presets come from shared/competencies). */
  frameworks: readonly Framework[];
  settings: Settings | null;
  profile: Profile | null;
  loops: readonly Loop[];
  /** The user's own questions (the built-in ones come from shared/questions). */
  questions: readonly Question[];
  interviews: readonly InterviewEntry[];
  projects: readonly Project[];
  /** `refused`: the server refuses an edit as it is (too long, say); the user must change it. */
  save: { state: SaveState; error?: string; refused?: boolean };
  /** Unacknowledged edits from an earlier visit, kept in this browser, waiting for Restore or Discard. */
  unsaved: readonly UnsavedEdit[];
}

const EMPTY: BankSnapshot = {
  status: 'loading',
  stories: [],
  byId: new Map(),
  trash: [],
  stages: [],
  frameworks: [],
  settings: null,
  profile: null,
  loops: [],
  questions: [],
  interviews: [],
  projects: [],
  save: { state: 'saved' },
  unsaved: [],
};

/** What the store needs from the API: the one bank read, and the write channels. */
export type BankApi = Pick<
  StorybankApi,
  | 'getBank'
  | 'getStory'
  | 'createStory'
  | 'updateStory'
  | 'deleteStory'
  | 'restoreStory'
  | 'purgeStories'
  | 'duplicateStory'
  | 'addRehearsal'
  | 'createFramework'
  | 'updateFramework'
  | 'deleteFramework'
  | 'copyFramework'
  | 'setActiveFramework'
  | 'createStage'
  | 'renameStage'
  | 'reorderStages'
  | 'deleteStage'
  | 'createLoop'
  | 'updateLoop'
  | 'deleteLoop'
  | 'applyLoopPlan'
  | 'suggestLoopPlan'
  | 'addQuestion'
  | 'deleteQuestion'
  | 'createInterview'
  | 'updateInterview'
  | 'deleteInterview'
  | 'importInterviewLog'
  | 'updateProfile'
  | 'updateSettings'
  | 'commitImport'
  | 'recoverDamagedBank'
  | 'createProject'
  | 'updateProject'
  | 'deleteProject'
>;

const mergePatch = <P extends object>(older: P, newer: P): P => ({ ...older, ...newer });
const SAVE_ORDER: readonly SaveState[] = ['error', 'saving', 'pending', 'saved'];

/** The projects with these layer notes applied to the named one (a project only stories name gets a record). */
function withNotes(projects: readonly Project[], name: string, patch: LayerNotesPatch): Project[] {
  const found = projects.some((p) => p.name === name);
  if (!found)
    return [...projects, { name, deepDive: false, layerNotes: { ...patch }, updatedAt: new Date().toISOString() }];
  return projects.map((p) => (p.name === name ? { ...p, layerNotes: { ...p.layerNotes, ...patch } } : p));
}

/** Replaces the items with the same id, and adds the new ones at the end (or the front). */
function upsert<T extends { id: string }>(list: readonly T[], items: readonly T[], at: 'end' | 'front' = 'end'): T[] {
  if (items.length === 0) return [...list];
  const byId = new Map(items.map((i) => [i.id, i]));
  const next = list.map((x) => byId.get(x.id) ?? x);
  const known = new Set(list.map((x) => x.id));
  const added = items.filter((i) => !known.has(i.id));
  return at === 'front' ? [...added, ...next] : [...next, ...added];
}

export class BankStore {
  private snapshot: BankSnapshot = EMPTY;
  private readonly listeners = new Set<() => void>();
  /** The server's updatedAt per story: what the next save must expect. */
  private readonly serverStamp = new Map<string, string>();
  readonly autosave: AutosaveQueue<StoryPatch>;
  private readonly storage: Storage | undefined;
  /** Unsaved edits in localStorage, per story (set once the bank's identity is known). */
  private journal: EditJournal | undefined;
  private offer: JournalEntries = {};
  /** Depth-map layer notes, per project name: saved and journaled like story edits. */
  readonly notesAutosave: AutosaveQueue<LayerNotesPatch>;
  private notesJournal: EditJournal<LayerNotesPatch> | undefined;
  private notesOffer: JournalEntries<LayerNotesPatch> = {};
  /** This tab among Storybank's open tabs: each keeps a journal of its own. */
  private readonly tabs: Promise<TabPresence | undefined>;

  constructor(
    private readonly api: BankApi,
    options: {
      delayMs?: number;
      retryMs?: number;
      storage?: Storage | null;
      /** Which tab this is (default: the browser's, by Web Locks); null: one journal for all tabs. */
      tabs?: Promise<TabPresence> | null;
    } = {},
  ) {
    this.storage = options.storage === null ? undefined : (options.storage ?? browserStorage());
    this.tabs =
      options.tabs === null
        ? Promise.resolve(undefined)
        : (options.tabs ?? browserTabPresence()).catch(() => undefined);
    this.autosave = new AutosaveQueue<StoryPatch>({
      delayMs: options.delayMs,
      retryMs: options.retryMs,
      merge: mergePatch,
      save: (id, patch) => this.saveStory(id, patch),
      onChange: () => this.setSaveState(),
    });
    this.notesAutosave = new AutosaveQueue<LayerNotesPatch>({
      delayMs: options.delayMs,
      retryMs: options.retryMs,
      merge: mergePatch,
      save: (name, patch) => this.saveLayerNotes(name, patch),
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

  private setSaveState(): void {
    // One state for both queues: the worst of them (an error, then a save in flight, then waiting).
    const queues = [this.autosave, this.notesAutosave].filter((q) => q !== undefined);
    const state = SAVE_ORDER.find((st) => queues.some((q) => q.state === st)) ?? 'saved';
    const failed = queues.find((q) => q.error);
    const error = failed?.error;
    const refused = failed?.refused || undefined;
    const now = this.snapshot.save;
    if (state !== now.state || error !== now.error || refused !== now.refused)
      this.emit({ save: { state, error, ...(refused ? { refused } : {}) } });
  }

  // ---- Loading ------------------------------------------------------------------------------

  /**
   * Reads the whole bank once. Called when the bank is opened (a new bank gets a new store); `read`
   * is a getBank call already under way (the app's first read, sent before the app rendered).
   */
  async load(read?: Promise<Bank>): Promise<void> {
    try {
      const bank = await (read ?? this.api.getBank({}));
      const tab = await this.tabs;
      const openTabs = await tab?.openTabs();
      this.emit({ ...this.fromBank(bank), status: 'ready', loadError: undefined });
      this.offerLeftovers(bank, tab?.id, openTabs);
    } catch (error) {
      this.emit({ status: 'error', loadError: errorMessage(error) });
    }
  }

  /**
   * What an earlier visit typed and never saw acknowledged (the tab closed while Storybank was
   * stopped, say) is offered back: only edits to live stories that differ from the saved text.
   */
  private offerLeftovers(bank: Bank, tabId: string | undefined, openTabs: Set<string> | undefined): void {
    this.journal ??= new EditJournal(this.storage, bank.bankId, undefined, undefined, tabId);
    const offer: JournalEntries = {};
    for (const [id, entry] of Object.entries(this.journal.takeLeftovers(openTabs))) {
      const story = this.snapshot.byId.get(id);
      if (!story || !entry.patch || typeof entry.patch !== 'object') continue;
      const differs = (Object.keys(entry.patch) as (keyof StoryFields)[]).filter(
        (k) => JSON.stringify(entry.patch[k]) !== JSON.stringify(story[k]),
      );
      if (differs.length > 0) offer[id] = entry;
    }
    this.journal.setOffer(offer);
    // Layer notes: only layers whose journaled text differs from the saved notes.
    this.notesJournal ??= new EditJournal<LayerNotesPatch>(
      this.storage,
      bank.bankId,
      undefined,
      NOTES_JOURNAL_PREFIX,
      tabId,
    );
    const notesOffer: JournalEntries<LayerNotesPatch> = {};
    for (const [name, entry] of Object.entries(this.notesJournal.takeLeftovers(openTabs))) {
      if (!entry.patch || typeof entry.patch !== 'object') continue;
      const saved = bank.projects.find((p) => p.name === name)?.layerNotes ?? {};
      const differs = Object.entries(entry.patch).filter(([k, v]) => typeof v === 'string' && (saved[k] ?? '') !== v);
      if (differs.length > 0) notesOffer[name] = { ...entry, patch: Object.fromEntries(differs) };
    }
    this.notesJournal.setOffer(notesOffer);
    this.setOffer(offer, notesOffer);
  }

  private setOffer(offer: JournalEntries, notesOffer: JournalEntries<LayerNotesPatch>): void {
    this.offer = offer;
    this.notesOffer = notesOffer;
    this.emit({
      unsaved: [
        ...Object.entries(offer).map(([id, e]) => ({
          id,
          kind: 'story' as const,
          title: this.snapshot.byId.get(id)?.title || e.title || 'Untitled story',
          fields: Object.keys(e.patch),
          at: e.at,
        })),
        ...Object.entries(notesOffer).map(([name, e]) => ({
          id: name,
          kind: 'project' as const,
          title: name,
          fields: Object.keys(e.patch),
          at: e.at,
        })),
      ],
    });
  }

  /** Puts the offered unsaved edits back into their stories and project notes, and saves them. */
  async restoreUnsaved(): Promise<void> {
    for (const [id, entry] of Object.entries(this.offer)) this.updateStory(id, entry.patch);
    for (const [name, entry] of Object.entries(this.notesOffer))
      for (const [layer, text] of Object.entries(entry.patch)) this.updateLayerNotes(name, layer, text);
    this.discardUnsaved();
    await this.flush();
  }

  /** Forgets the offered unsaved edits (the saved text stays as it is). */
  discardUnsaved(): void {
    this.journal?.setOffer({});
    this.notesJournal?.setOffer({});
    this.setOffer({}, {});
  }

  private fromBank(bank: Bank): Partial<BankSnapshot> {
    for (const s of bank.stories) if (!this.autosave.isDirty(s.id)) this.serverStamp.set(s.id, s.updatedAt);
    const live = this.keepLocalEdits(bank.stories.filter((s) => !s.deletedAt));
    const trash = bank.stories.filter((s) => s.deletedAt);
    return {
      stories: live,
      byId: new Map(live.map((s) => [s.id, s])),
      trash,
      stages: bank.stages,
      frameworks: bank.frameworks,
      settings: bank.settings,
      profile: bank.profile,
      loops: bank.loops,
      questions: bank.questions,
      interviews: bank.interviews,
      projects: bank.projects,
    };
  }

  private keepLocalEdits(incoming: readonly Story[]): Story[] {
    return incoming.map((s) => (this.autosave.isDirty(s.id) ? (this.snapshot.byId.get(s.id) ?? s) : s));
  }

  // ---- Applying answers -----------------------------------------------------------------------

  private setStories(stories: readonly Story[], trash: readonly Story[] = this.snapshot.trash): void {
    this.emit({ stories, byId: new Map(stories.map((s) => [s.id, s])), trash });
  }

  /**
   * Puts stories the server answered with into the snapshot: live ones in the list (new ones at the
   * front), trashed ones in the trash. Fields with unsaved local edits keep the local text.
   */
  private applyStories(saved: readonly Story[]): void {
    if (saved.length === 0) return;
    const merged = saved.map((s) => {
      this.serverStamp.set(s.id, s.updatedAt);
      return this.withLocalEdits(s);
    });
    const ids = new Set(merged.map((s) => s.id));
    const live = merged.filter((s) => !s.deletedAt);
    const trashed = merged.filter((s) => s.deletedAt);
    const stories = upsert(
      this.snapshot.stories.filter((s) => !ids.has(s.id) || live.some((l) => l.id === s.id)),
      live,
      'front',
    );
    const trash = upsert(
      this.snapshot.trash.filter((s) => !ids.has(s.id) || trashed.some((t) => t.id === s.id)),
      trashed,
      'front',
    );
    this.setStories(stories, trash);
  }

  /** The server's story, with the fields still being edited here kept as typed. */
  private withLocalEdits(saved: Story, sent: StoryPatch = {}): Story {
    const local = this.snapshot.byId.get(saved.id);
    if (!local) return saved;
    const keys = new Set([...Object.keys(sent), ...Object.keys(this.autosave.pendingPatch(saved.id) ?? {})]);
    if (keys.size === 0) return saved;
    const kept: Partial<Record<keyof StoryFields, unknown>> = {};
    for (const k of keys as Set<keyof StoryFields>) kept[k] = local[k];
    return { ...saved, ...(kept as Partial<Story>) };
  }

  // ---- Stories --------------------------------------------------------------------------------

  /** Applies an edit at once (the UI never waits) and queues it for saving (updateStory). */
  updateStory(id: string, patch: StoryPatch): void {
    const current = this.snapshot.byId.get(id);
    if (!current) return;
    const next: Story = { ...current, ...patch };
    this.setStories(this.snapshot.stories.map((s) => (s.id === id ? next : s)));
    this.journal?.record(id, next.title, patch);
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

  /** Saves every pending story edit and layer note now. */
  async flush(): Promise<void> {
    await Promise.all([this.autosave.flush(), this.notesAutosave.flush()]);
  }

  /** What has edits not saved yet: story titles, then project names (for their layer notes). */
  unsavedNames(): string[] {
    const stories = this.autosave.dirtyKeys().map((id) => this.snapshot.byId.get(id)?.title || 'Untitled story');
    return [...stories, ...this.notesAutosave.dirtyKeys()];
  }

  /**
   * The bank is being switched away from: nothing more is sent for it (a retry would reach the next
   * bank). Edits still unsaved stay in the edit journal, offered back when this bank is opened again.
   */
  close(): void {
    this.autosave.stop();
    this.notesAutosave.stop();
  }

  async createStory(fields: Partial<StoryFields> & { sample?: boolean } = {}): Promise<Story> {
    const { sample, ...rest } = fields;
    const story = await this.api.createStory({ fields: rest, ...(sample ? { sample: true } : {}) });
    this.applyStories([story]);
    return story;
  }

  async duplicateStory(id: string): Promise<Story> {
    await this.flush();
    const copy = await this.api.duplicateStory({ id });
    this.applyStories([copy]);
    return copy;
  }

  /** Moves a story to the trash; it reappears if the server refuses. */
  async deleteStory(id: string): Promise<void> {
    const before = this.snapshot.stories;
    // Its own unsaved edits go with it; another story's stay queued, retried, and shown by the save banner.
    await this.autosave.flush().catch(() => undefined);
    this.autosave.discard(id);
    this.journal?.settle(id, undefined);
    this.setStories(before.filter((s) => s.id !== id));
    try {
      this.applyStories([await this.api.deleteStory({ id })]);
    } catch (error) {
      this.setStories(before);
      throw error;
    }
  }

  async restoreStory(id: string): Promise<Story> {
    const story = await this.api.restoreStory({ id });
    this.applyStories([story]);
    return story;
  }

  /** Deletes stories in the trash for good; no ids empties the whole trash. */
  async purgeStories(ids: readonly string[] = []): Promise<number> {
    const { purged } = await this.api.purgeStories({ ids: [...ids] });
    const gone = new Set(ids.length > 0 ? ids : this.snapshot.trash.map((s) => s.id));
    this.emit({
      trash: this.snapshot.trash.filter((s) => !gone.has(s.id)),
      loops: this.snapshot.loops.map((l) =>
        l.rounds.some((r) => r.storyIds.some((s) => gone.has(s)))
          ? { ...l, rounds: l.rounds.map((r) => ({ ...r, storyIds: r.storyIds.filter((s) => !gone.has(s)) })) }
          : l,
      ),
    });
    return purged;
  }

  /** Logs a practice attempt; the answer is the story with its new rehearsal. */
  async addRehearsal(request: RequestOf<'addRehearsal'>): Promise<Story> {
    const story = await this.api.addRehearsal(request);
    this.applyStories([story]);
    return this.snapshot.byId.get(story.id) ?? story;
  }

  private async saveStory(id: string, patch: StoryPatch): Promise<void> {
    const expected = this.serverStamp.get(id) ?? this.snapshot.byId.get(id)?.updatedAt ?? '';
    let saved: Story;
    try {
      saved = await this.api.updateStory({ id, fields: patch, expectedUpdatedAt: expected });
    } catch (error) {
      if (!(error instanceof StorybankError && error.code === 'conflict')) throw error;
      // Changed elsewhere (another window): take the server's story and re-apply only the fields
      // edited here, so neither side's edits to other fields are lost.
      const fresh = await this.api.getStory({ id });
      saved = await this.api.updateStory({ id, fields: patch, expectedUpdatedAt: fresh.updatedAt });
    }
    this.serverStamp.set(id, saved.updatedAt);
    // Acknowledged: the journal keeps only what was typed since this save went out.
    this.journal?.settle(id, this.autosave.pendingPatch(id));
    if (!this.snapshot.byId.has(id)) return;
    // Fields typed since this save went out stay as they are locally; the rest follow the server.
    const merged = this.withLocalEdits(saved, patch);
    this.setStories(this.snapshot.stories.map((s) => (s.id === id ? merged : s)));
  }

  // ---- Frameworks -----------------------------------------------------------------------------

  async createFramework(request: RequestOf<'createFramework'>): Promise<Framework> {
    const framework = await this.api.createFramework(request);
    this.emit({ frameworks: upsert(this.snapshot.frameworks, [framework]) });
    return framework;
  }

  async updateFramework(request: RequestOf<'updateFramework'>): Promise<Framework> {
    const framework = await this.api.updateFramework(request);
    this.emit({ frameworks: upsert(this.snapshot.frameworks, [framework]) });
    return framework;
  }

  async deleteFramework(id: string): Promise<void> {
    const { settings } = await this.api.deleteFramework({ id });
    this.emit({ frameworks: this.snapshot.frameworks.filter((f) => f.id !== id), settings });
  }

  /** An editable copy of any framework; by default it becomes the active one. */
  async copyFramework(request: RequestOf<'copyFramework'>): Promise<Framework> {
    const copy = await this.api.copyFramework(request);
    const settings = this.snapshot.settings;
    this.emit({
      frameworks: upsert(this.snapshot.frameworks, [copy]),
      settings: request.activate !== false && settings ? { ...settings, activeFrameworkId: copy.id } : settings,
    });
    return copy;
  }

  async setActiveFramework(frameworkId: string): Promise<void> {
    const { activeFrameworkId } = await this.api.setActiveFramework({ frameworkId });
    const settings = this.snapshot.settings;
    if (settings) this.emit({ settings: { ...settings, activeFrameworkId } });
  }

  // ---- Stages ---------------------------------------------------------------------------------

  async createStage(name: string): Promise<Stage> {
    const stage = await this.api.createStage({ name });
    this.emit({ stages: upsert(this.snapshot.stages, [stage]) });
    return stage;
  }

  async renameStage(id: string, name: string): Promise<Stage> {
    const stage = await this.api.renameStage({ id, name });
    this.emit({ stages: upsert(this.snapshot.stages, [stage]) });
    return stage;
  }

  async reorderStages(ids: readonly string[]): Promise<void> {
    const { stages } = await this.api.reorderStages({ ids: [...ids] });
    this.emit({ stages });
  }

  /** Also removes the stage from stories' tags and rounds (the answer says which changed). */
  async deleteStage(id: string): Promise<void> {
    const { stories, loops } = await this.api.deleteStage({ id });
    this.emit({ stages: this.snapshot.stages.filter((s) => s.id !== id), loops: upsert(this.snapshot.loops, loops) });
    this.applyStories(stories);
  }

  // ---- Loops ----------------------------------------------------------------------------------

  async createLoop(request: RequestOf<'createLoop'>): Promise<Loop> {
    const loop = await this.api.createLoop(request);
    this.emit({ loops: upsert(this.snapshot.loops, [loop]) });
    return loop;
  }

  async updateLoop(request: RequestOf<'updateLoop'>): Promise<Loop> {
    const loop = await this.api.updateLoop(request);
    this.emit({ loops: upsert(this.snapshot.loops, [loop]) });
    return loop;
  }

  async deleteLoop(id: string): Promise<void> {
    const { stories } = await this.api.deleteLoop({ id });
    this.emit({ loops: this.snapshot.loops.filter((l) => l.id !== id) });
    this.applyStories(stories);
  }

  /**
   * Saves a loop's plan. The board shows the move at once; the server's loop (and the stories whose
   * "last used" it recorded) replace it, or the old plan comes back if the server refuses.
   */
  async applyLoopPlan(request: RequestOf<'applyLoopPlan'>): Promise<ResponseOf<'applyLoopPlan'>> {
    const before = this.snapshot.loops.find((l) => l.id === request.loopId);
    if (before) {
      const plan = new Map(request.rounds.map((r) => [r.roundId, r.storyIds]));
      const shown = { ...before, rounds: before.rounds.map((r) => ({ ...r, storyIds: plan.get(r.id) ?? r.storyIds })) };
      this.emit({ loops: upsert(this.snapshot.loops, [shown]) });
    }
    try {
      const answer = await this.api.applyLoopPlan(request);
      this.emit({ loops: upsert(this.snapshot.loops, [answer.loop]) });
      this.applyStories(answer.stories);
      return answer;
    } catch (error) {
      if (before) this.emit({ loops: upsert(this.snapshot.loops, [before]) });
      throw error;
    }
  }

  /** Suggest; with `apply`, the plan is saved in the same call and applied here. */
  async suggestLoopPlan(request: RequestOf<'suggestLoopPlan'>): Promise<ResponseOf<'suggestLoopPlan'>> {
    const answer = await this.api.suggestLoopPlan(request);
    if (answer.loop) this.emit({ loops: upsert(this.snapshot.loops, [answer.loop]) });
    this.applyStories(answer.stories ?? []);
    return answer;
  }

  // ---- The interview log ----------------------------------------------------------------------

  /** Logs a round (a draft from the plan is `draftEntryFromRound` in shared/interview-log, computed here). */
  async createInterview(request: RequestOf<'createInterview'>): Promise<InterviewEntry> {
    const entry = await this.api.createInterview(request);
    this.emit({ interviews: upsert(this.snapshot.interviews, [entry]) });
    return entry;
  }

  /** Pass the entry's `expectedUpdatedAt`: an entry changed elsewhere is refused, not overwritten. */
  async updateInterview(request: RequestOf<'updateInterview'>): Promise<InterviewEntry> {
    const entry = await this.api.updateInterview(request);
    this.emit({ interviews: upsert(this.snapshot.interviews, [entry]) });
    return entry;
  }

  async deleteInterview(id: string): Promise<void> {
    await this.api.deleteInterview({ id });
    this.emit({ interviews: this.snapshot.interviews.filter((e) => e.id !== id) });
  }

  /** Imports a log CSV (all of it or nothing); the entries added join the log here. */
  async importInterviewLog(request: RequestOf<'importInterviewLog'>): Promise<ResponseOf<'importInterviewLog'>> {
    const done = await this.api.importInterviewLog(request);
    this.emit({ interviews: upsert(this.snapshot.interviews, done.entries) });
    return done;
  }

  // ---- Questions, profile, settings -----------------------------------------------------------

  async addQuestion(request: RequestOf<'addQuestion'>): Promise<Question> {
    const { own: _own, ...question } = await this.api.addQuestion(request);
    this.emit({ questions: upsert(this.snapshot.questions, [question]) });
    return question;
  }

  async deleteQuestion(id: string): Promise<void> {
    await this.api.deleteQuestion({ id });
    this.emit({ questions: this.snapshot.questions.filter((q) => q.id !== id) });
  }

  async updateProfile(patch: Partial<Profile>): Promise<Profile> {
    const profile = await this.api.updateProfile(patch);
    this.emit({ profile });
    return profile;
  }

  /** Shown at once; put back if the server refuses. */
  async updateSettings(patch: Partial<Settings>): Promise<void> {
    const before = this.snapshot.settings;
    if (before) this.emit({ settings: { ...before, ...patch } });
    try {
      const settings = await this.api.updateSettings(patch);
      this.emit({ settings });
    } catch (error) {
      this.emit({ settings: before });
      throw error;
    }
  }

  // ---- Recovery -------------------------------------------------------------------------------

  /**
   * What a damaged bank file moved aside still holds (`apply: false`), or adds it to the bank
   * (`apply: true`); many lists may change at once, so the bank is then read again.
   */
  async recoverDamagedBank(request: RequestOf<'recoverDamagedBank'>): Promise<ResponseOf<'recoverDamagedBank'>> {
    if (request.apply) await this.flush();
    const report = await this.api.recoverDamagedBank(request);
    if (report.applied && report.toAdd > 0) await this.load();
    return report;
  }

  // ---- Projects -------------------------------------------------------------------------------

  /** Every project write answers with all projects (the deep-dive mark moves) and the stories it renamed. */
  private applyProjects({ projects, stories }: ResponseOf<'updateProject'>): void {
    // Notes typed since a save went out stay as typed.
    let next: readonly Project[] = projects;
    for (const p of projects) {
      const pending = this.notesAutosave.pendingPatch(p.name);
      if (pending) next = withNotes(next, p.name, pending);
    }
    this.emit({ projects: next });
    this.applyStories(stories);
  }

  /**
   * Applies a layer's notes at once and saves them after a quiet spell, like a story edit: journaled
   * in this browser until the server acknowledges them, so a closed tab or a stopped server loses
   * nothing. The caller checks the length (LIMITS.notes) first.
   */
  updateLayerNotes(name: string, layer: string, text: string): void {
    const patch = { [layer]: text };
    this.emit({ projects: withNotes(this.snapshot.projects, name, patch) });
    this.notesJournal?.record(name, name, patch);
    this.notesAutosave.push(name, patch);
  }

  private async saveLayerNotes(name: string, patch: LayerNotesPatch): Promise<void> {
    const answer = await this.api.updateProject({ name, changes: { layerNotes: patch } });
    this.notesJournal?.settle(name, this.notesAutosave.pendingPatch(name));
    this.applyProjects(answer);
  }

  async createProject(name: string): Promise<void> {
    this.applyProjects(await this.api.createProject({ name }));
  }

  /** Rename (its stories follow), mark as the deep dive, or change layer notes ('' clears one). */
  async updateProject(request: RequestOf<'updateProject'>): Promise<void> {
    // A rename changes stories: their pending edits go first, so the answer carries the latest text.
    if (request.changes.name !== undefined) await this.flush();
    this.applyProjects(await this.api.updateProject(request));
  }

  async deleteProject(name: string, unlinkStories: boolean): Promise<void> {
    if (unlinkStories) await this.flush();
    // Its notes go with it: a late save must not bring the project back.
    this.notesAutosave.discard(name);
    this.notesJournal?.settle(name, undefined);
    this.applyProjects(await this.api.deleteProject({ name, unlinkStories }));
  }

  // ---- Import ---------------------------------------------------------------------------------

  /**
   * Imports a file's stories (added to the list from the answer). A JSON backup that replaced the
   * whole bank is a different bank: it is read again, as when another bank is opened.
   */
  async commitImport(request: RequestOf<'commitImport'>): Promise<ResponseOf<'commitImport'>> {
    await this.flush();
    const done = await this.api.commitImport(request);
    if (done.replacedBank) await this.load();
    else this.applyStories(done.stories);
    return done;
  }
}
