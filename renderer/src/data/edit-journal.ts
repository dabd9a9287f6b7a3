// Unsaved story edits, kept in the browser's localStorage until the server acknowledges them, so
// text typed while Storybank is stopped (or a save fails) survives a reload or a closed tab. One
// entry per story id, per bank, per tab: the fields edited and not yet acknowledged. Each tab (or
// window) writes only its own key, so two tabs on one bank never overwrite each other's journal, and
// a tab takes over only the journals of tabs that are no longer open (see tab-presence.ts). Project layer notes use
// a journal of their own (another key prefix), one entry per project name. When the bank loads,
// whatever the last visit left is offered back (see BankStore.load), under a key of its own so it
// stays on offer until the user restores or discards it.
import type { StoryFields } from '#shared/domain/schemas';

export type JournalPatch = Partial<StoryFields>;

export interface JournalEntry<P extends object = JournalPatch> {
  /** The story's title when the edit was made (for the offer, if the story is renamed or gone). */
  title: string;
  patch: P;
  /** When the newest edit in it was made (ISO). */
  at: string;
}

export type JournalEntries<P extends object = JournalPatch> = Record<string, JournalEntry<P>>;

/** localStorage when the page may use it (it throws in some privacy modes), else none. */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

const PREFIX = 'storybank.unsaved';
/** The key prefix of the project layer-notes journal. */
export const NOTES_JOURNAL_PREFIX = 'storybank.unsaved-notes';

export class EditJournal<P extends object = JournalPatch> {
  private entries: JournalEntries<P>;

  constructor(
    private readonly storage: Storage | undefined,
    private readonly bankId: string,
    private readonly now: () => Date = () => new Date(),
    private readonly prefix: string = PREFIX,
    /** This tab's id (tab-presence.ts); none: one journal for the whole browser, as before tabs had ids. */
    private readonly tabId?: string,
  ) {
    this.entries = this.read(this.key);
  }

  /** Every tab's journal of this bank starts with this (the journal of a version without tab ids is exactly it). */
  private get bankKey(): string {
    return `${this.prefix}.${this.bankId}`;
  }

  private get key(): string {
    return this.tabId === undefined ? this.bankKey : `${this.bankKey}.tab.${this.tabId}`;
  }

  /** The journals other tabs left in storage for this bank, by key, with the tab id each belongs to. */
  private otherJournals(): { key: string; tabId?: string }[] {
    const found: { key: string; tabId?: string }[] = [];
    const storage = this.storage;
    if (!storage) return found;
    try {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key === null || key === this.key) continue;
        if (key === this.bankKey) found.push({ key });
        else if (key.startsWith(`${this.bankKey}.tab.`)) found.push({ key, tabId: key.slice(this.bankKey.length + 5) });
      }
    } catch {
      // Storage refused: only this tab's own journal is known.
    }
    return found;
  }

  private get offerKey(): string {
    return `${this.prefix}-offer.${this.bankId}`;
  }

  private read(key: string): JournalEntries<P> {
    try {
      const raw = this.storage?.getItem(key);
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as JournalEntries<P>) : {};
    } catch {
      return {};
    }
  }

  private write(key: string, entries: JournalEntries<P>): void {
    try {
      if (Object.keys(entries).length === 0) this.storage?.removeItem(key);
      else this.storage?.setItem(key, JSON.stringify(entries));
    } catch {
      // Full or refused: the edit is still in memory and in the save queue; the journal is a spare.
    }
  }

  /** Records an edit before it is sent (merged over earlier unacknowledged edits of the story). */
  record(id: string, title: string, patch: P): void {
    const older = this.entries[id]?.patch ?? {};
    this.entries = { ...this.entries, [id]: { title, patch: { ...older, ...patch }, at: this.now().toISOString() } };
    this.write(this.key, this.entries);
  }

  /** A save of the story was acknowledged: only `stillUnsent` (typed since it went out) stays. */
  settle(id: string, stillUnsent: P | undefined): void {
    if (!this.entries[id]) return;
    const { [id]: entry, ...rest } = this.entries;
    this.entries = stillUnsent ? { ...rest, [id]: { ...entry, patch: stillUnsent } } : rest;
    this.write(this.key, this.entries);
  }

  /**
   * What earlier visits left unacknowledged (this tab's journal, the journals of tabs no longer open,
   * plus an offer not yet answered), moved to the offer; the journal starts empty for this visit.
   * `openTabs`: the ids of the tabs open now; a journal of an open tab is its own, and is left alone.
   * Undefined when the browser cannot tell: then every other journal is taken, as a closed tab's.
   */
  takeLeftovers(openTabs?: ReadonlySet<string>): JournalEntries<P> {
    const offered = this.read(this.offerKey);
    const left = { ...offered };
    const add = (entries: JournalEntries<P>) => {
      for (const [id, entry] of Object.entries(entries))
        left[id] = left[id] ? { ...entry, patch: { ...left[id].patch, ...entry.patch } } : entry;
    };
    if (this.tabId !== undefined)
      for (const other of this.otherJournals()) {
        if (other.tabId !== undefined && openTabs?.has(other.tabId)) continue; // that tab is still open
        add(this.read(other.key));
        this.write(other.key, {});
      }
    add(this.entries);
    this.entries = {};
    this.write(this.key, {});
    this.write(this.offerKey, left);
    return left;
  }

  /** Keeps only these entries on offer (the user restored or discarded the rest). */
  setOffer(entries: JournalEntries<P>): void {
    this.write(this.offerKey, entries);
  }
}
