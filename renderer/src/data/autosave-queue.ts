// Never lose a keystroke: edits are merged per story and saved after a quiet spell (debounce), or at
// once when flushed (blur, view switch, page hide). One save per story is in flight at a time; edits
// made meanwhile wait and go out next, so the server always sees them in order. A failed save is
// tried again every few seconds (the server may only be restarting) until it goes through.
import { errorMessage, StorybankError } from '#shared/api/errors';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export interface AutosaveOptions<P> {
  delayMs?: number;
  /** How long after a failed save to try again on its own. */
  retryMs?: number;
  save: (key: string, patch: P) => Promise<void>;
  merge: (older: P, newer: P) => P;
  onChange?: () => void;
}

/** A flush ended with edits the server did not take; `reason` is the save's own error message. */
export class UnsavedEditsError extends Error {
  constructor(readonly reason: string) {
    super(`Your latest changes are not saved yet (${reason.replace(/\.$/, '')}).`);
    this.name = 'UnsavedEditsError';
  }
}

export const AUTOSAVE_DELAY_MS = 600;
export const AUTOSAVE_RETRY_MS = 3_000;

export class AutosaveQueue<P> {
  private readonly pending = new Map<string, P>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastError: string | undefined;
  /** The last failure was the server refusing the edit itself (too long, not valid), not a failed write. */
  private lastRefused = false;
  private readonly delayMs: number;
  private readonly retryMs: number;
  /** Set once the bank this queue saves to is closed: nothing more is sent. */
  private stopped = false;

  constructor(private readonly options: AutosaveOptions<P>) {
    this.delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
    this.retryMs = options.retryMs ?? AUTOSAVE_RETRY_MS;
  }

  get state(): SaveState {
    if (this.lastError) return 'error';
    if (this.inFlight.size > 0) return 'saving';
    if (this.pending.size > 0) return 'pending';
    return 'saved';
  }

  get error(): string | undefined {
    return this.lastError;
  }

  /** True when the last save failed because the server refuses the edit as it is: a retry cannot help. */
  get refused(): boolean {
    return this.lastError !== undefined && this.lastRefused;
  }

  /** True while this key has edits the server has not confirmed yet. */
  isDirty(key: string): boolean {
    return this.pending.has(key) || this.inFlight.has(key);
  }

  /** The keys with edits the server has not confirmed yet. */
  dirtyKeys(): string[] {
    return [...new Set([...this.pending.keys(), ...this.inFlight.keys()])];
  }

  /** The edits of a key that have not been sent yet. */
  pendingPatch(key: string): P | undefined {
    return this.pending.get(key);
  }

  push(key: string, patch: P): void {
    const older = this.pending.get(key);
    this.pending.set(key, older === undefined ? patch : this.options.merge(older, patch));
    this.arm();
    this.options.onChange?.();
  }

  /** Drops unsaved edits of a key (e.g. the story was deleted). */
  discard(key: string): void {
    this.pending.delete(key);
    this.options.onChange?.();
  }

  /**
   * Saves everything pending now. Resolves once the server has taken every edit; rejects with
   * UnsavedEditsError when a save failed, so whoever waits for the disk (an export, a bank switch) does
   * not go ahead without the edit. The edit itself is kept and retried on its own either way.
   */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stopped) {
      if (this.pending.size > 0) throw new UnsavedEditsError(this.lastError ?? 'the bank was closed');
      return;
    }
    const keys = [...this.pending.keys()];
    await Promise.all(keys.map((key) => this.saveKey(key)));
    await Promise.all([...this.inFlight.values()]);
    if (this.pending.size === 0) return;
    if (this.lastError !== undefined) throw new UnsavedEditsError(this.lastError);
    // Edits that arrived while we waited.
    await this.flush();
  }

  /**
   * Stops saving for good (the bank was switched away from): no retry goes out, so an edit for this
   * bank is never sent once another bank is open. What was not saved stays in the edit journal.
   */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(delayMs = this.delayMs): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // A failure is kept in `state`/`error` (the save banner) and retried: nobody waits on this flush.
      void this.flush().catch(() => undefined);
    }, delayMs);
  }

  private async saveKey(key: string): Promise<void> {
    // Wait for this key's save in flight; a failed one leaves its patch pending, which goes out below.
    for (let running = this.inFlight.get(key); running; running = this.inFlight.get(key)) await running;
    const patch = this.pending.get(key);
    if (patch === undefined || this.stopped) return;
    this.pending.delete(key);
    const promise = this.options
      .save(key, patch)
      .then(
        () => {
          this.lastError = undefined;
        },
        (error: unknown) => {
          // Keep the edit: merge it back under anything typed since, and retry on the next flush.
          const newer = this.pending.get(key);
          this.pending.set(key, newer === undefined ? patch : this.options.merge(patch, newer));
          this.lastError = errorMessage(error);
          this.lastRefused =
            error instanceof StorybankError && (error.code === 'invalid-request' || error.code === 'too-large');
          if (!this.timer) this.arm(this.retryMs);
        },
      )
      .finally(() => {
        this.inFlight.delete(key);
        this.options.onChange?.();
      });
    this.inFlight.set(key, promise);
    this.options.onChange?.();
    await promise;
  }
}
