// Which bank this process has open. Bank files are documents: the default bank in the data folder,
// or any file the user creates or opens. Switching opens (and locks) the new bank before closing
// the old one, so a failed open leaves the current bank in place. If no bank could be opened at
// start (another process holds it, or it is from a newer Storybank), the reason is kept and every
// bank call answers with it.
import { basename, join, resolve } from 'node:path';
import { ApiError, type ApiErrorCode } from '../../shared/api/errors';
import type { AppKind } from './bank-lock';
import type { BankStore } from './bank-store';
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
  private readonly dismissed = new Set<string>();

  constructor(readonly options: BankSessionOptions) {}

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

  /** Opens the bank at start-up; on failure keeps the reason instead of throwing, so the app can still show it. */
  async start(path: string = this.defaultBankPath): Promise<void> {
    try {
      await this.open(path, path === this.defaultBankPath ? 'default' : 'existing');
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.failure = { code: error.code, message: error.message, path: resolve(path) };
    }
  }

  async open(path: string, mode: OpenMode): Promise<BankStore> {
    const absolute = resolve(path);
    if (this.store && this.store.path === absolute) {
      if (mode === 'new') throw new ApiError('conflict', `${basename(absolute)} is already open.`);
      return this.store;
    }
    const next = await openBankFile({
      path: absolute,
      dataDir: this.options.dataDir,
      app: this.options.app,
      mode,
      fs: this.options.fs,
      now: this.options.now,
    });
    const previous = this.store;
    this.store = next;
    this.failure = undefined;
    await previous?.close();
    await rememberRecentBank(this.options.dataDir, absolute).catch(() => {});
    return next;
  }

  recent(): Promise<RecentBank[]> {
    return readRecentBanks(this.options.dataDir);
  }

  notices(): StoreNotice[] {
    return (this.store?.notices ?? []).filter((n) => !this.dismissed.has(n.id));
  }

  dismiss(id: string): void {
    this.dismissed.add(id);
  }

  async close(): Promise<void> {
    const store = this.store;
    this.store = undefined;
    await store?.close();
  }
}
