// Unsaved story edits, kept in the browser's localStorage until the server acknowledges them, so
// text typed while Storybank is stopped (or a save fails) survives a reload or a closed tab. One
// entry per story id, per bank: the fields edited and not yet acknowledged. Project layer notes use
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
  ) {
    this.entries = this.read(this.key);
  }

  private get key(): string {
    return `${this.prefix}.${this.bankId}`;
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
   * What earlier visits left unacknowledged (this journal, plus an offer not yet answered), moved
   * to the offer; the journal starts empty for this visit.
   */
  takeLeftovers(): JournalEntries<P> {
    const offered = this.read(this.offerKey);
    const left = { ...offered };
    for (const [id, entry] of Object.entries(this.entries))
      left[id] = offered[id] ? { ...entry, patch: { ...offered[id].patch, ...entry.patch } } : entry;
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
