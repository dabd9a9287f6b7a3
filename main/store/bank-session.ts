// Which bank this process has open. Bank files are documents: the default bank in the data folder,
// or any file the user creates or opens. Switching opens (and locks) the new bank before closing
// the old one, so a failed open leaves the current bank in place. If no bank could be opened at
// start (another process holds it, or it is from a newer Storybank), the reason is kept and every
// bank call answers with it. Notices are kept in the data folder until dismissed (NoticeBook).
import { basename, join, resolve } from 'node:path';
import { ApiError, type ApiErrorCode, errorMessage } from '#shared/api/errors';
import type { AppKind } from './bank-lock';
import type { BankStore } from './bank-store';
import { NoticeBook } from './notice-book';
import type { StoreNotice } from './notices';
import { openBankFile, type OpenMode } from './open-bank-file';
import { readRecentBanks, rememberRecentBank, type RecentBank } from './recent-banks';
import type { WriteFs } from './atomic-write';

export const DEFAULT_BANK_FILE = 'storybank.json';

export interface BankSessionOptions {
  dataDir: string;
  app: AppKind;
  fs?: WriteFs;
  now?: () => Date;
}

export class BankSession {
  private store: BankStore | undefined;
  private failure: { code: ApiErrorCode; message: string; path: string } | undefined;
  private readonly book: NoticeBook;
  private bookLoaded: Promise<void> | undefined;
  private closing: Promise<void> | undefined;

  constructor(readonly options: BankSessionOptions) {
    this.book = new NoticeBook(options.dataDir);
  }

  get defaultBankPath(): string {
    return join(this.options.dataDir, DEFAULT_BANK_FILE);
  }

  /** The open bank's path, or the one that failed to open. */
  get path(): string {
    return this.store?.path ?? this.failure?.path ?? this.defaultBankPath;
  }

  /** The open store; throws the reason no bank is open. */
  get current(): BankStore {
    if (this.store) return this.store;
    throw new ApiError(
      this.failure?.code ?? 'not-found',
      this.failure?.message ?? 'No bank is open. Open or create a bank.',
    );
  }

  get isOpen(): boolean {
    return this.store !== undefined;
  }

  /**
   * Opens the bank at start-up. Never throws: on any failure (a locked or newer bank, a read-only or
   * missing data folder, a disk error) the reason is kept, so the app still starts and shows it.
   */
  async start(path: string = this.defaultBankPath): Promise<void> {
    try {
      await this.open(path, resolve(path) === resolve(this.defaultBankPath) ? 'default' : 'existing');
    } catch (error) {
      const known = error instanceof ApiError;
      const detail = errorMessage(error);
      this.failure = {
        code: known ? error.code : 'io-error',
        message: known ? detail : `Storybank could not open ${resolve(path)}: ${detail}`,
        path: resolve(path),
      };
    }
  }

  async open(path: string, mode: OpenMode): Promise<BankStore> {
    const absolute = resolve(path);
    if (this.store && this.store.path === absolute) {
      if (mode === 'new') throw new ApiError('conflict', `${basename(absolute)} is already open.`);
      return this.store;
    }
    await (this.bookLoaded ??= this.book.load());
    const isDefault = absolute === resolve(this.defaultBankPath);
    const recent = await readRecentBanks(this.options.dataDir);
    const entry = recent.find((b) => b.path === absolute) ?? (isDefault ? recent.find((b) => b.isDefault) : undefined);
    const next = await openBankFile({
      path: absolute,
      dataDir: this.options.dataDir,
      app: this.options.app,
      mode,
      known: isDefault || recent.some((b) => b.path === absolute),
      knownBankId: entry?.bankId,
      fs: this.options.fs,
      now: this.options.now,
      // The notice is in the book at once; writing the book never rejects (a notice is not worth failing for).
      // eslint-disable-next-line @typescript-eslint/no-floating-promises -- add() catches its own write errors
      onNotice: (added) => void this.book.add(added),
    });
    const previous = this.store;
    this.store = next;
    this.failure = undefined;
    await previous?.close();
    await rememberRecentBank(this.options.dataDir, absolute, undefined, {
      bankId: next.bank.bankId,
      ...(isDefault ? { isDefault } : {}),
    }).catch(() => {});
    return next;
  }

  recent(): Promise<RecentBank[]> {
    return readRecentBanks(this.options.dataDir);
  }

  /** Whether `path` is a bank Storybank has opened before (the recent list), so the renderer may name it. */
  async isRecent(path: string): Promise<boolean> {
    const absolute = resolve(path);
    return (await readRecentBanks(this.options.dataDir)).some((b) => b.path === absolute);
  }

  /** The open bank's notices, kept across restarts until dismissed. */
  notices(): StoreNotice[] {
    const path = this.store?.path;
    return path ? this.book.list().filter((n) => n.bankPath === path) : [];
  }

  /** Finds a notice of the open bank by id. */
  notice(id: string): StoreNotice | undefined {
    return this.notices().find((n) => n.id === id);
  }

  async dismiss(id: string): Promise<void> {
    await this.book.dismiss(id);
  }

  /**
   * Flushes the open bank's writes and releases its lock. A second call while that runs (Ctrl+C pressed
   * again, Quit chosen twice) waits for the same close, so nobody exits before the final save is on disk.
   */
  close(): Promise<void> {
    this.closing ??= this.closeNow().finally(() => {
      this.closing = undefined;
    });
    return this.closing;
  }

  private async closeNow(): Promise<void> {
    const store = this.store;
    this.store = undefined;
    await store?.close();
    await this.book.flush();
  }
}
