// The bank store: one open bank file, owned by this process. It holds the lock, keeps the valid
// bank in memory (immutable), and applies each change by validating it, writing it durably and
// only then swapping it into memory. Opening recovers from damaged files, migrates older formats
// and refuses newer ones; see openBankFile.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { ApiError } from '../../shared/api/errors';
import type { Bank } from '../../shared/domain/schemas';
import type { WriteFs } from './atomic-write';
import { backupFolderFor, listBackups, pruneBackups, writeBackup, type BackupFile } from './backups';
import { DurableBankFile, serializeBank } from './bank-file';
import type { BankLock } from './bank-lock';
import { type BankValidator } from './bank-validation';
import { DAMAGE_WORDS, loadBankBytes } from './load-bank';
import { notice, formatWhen, type StoreNotice } from './notices';
import { saveFailure } from './store-errors';
import { WriteQueue } from './write-queue';

export const BACKUP_INTERVAL_MS = 60 * 60 * 1000;

export interface BankStoreParts {
  path: string;
  dataDir: string;
  lock: BankLock;
  bank: Bank;
  validator: BankValidator;
  fs?: WriteFs;
  now?: () => Date;
  lastBackupAt?: number;
  backupIntervalMs?: number;
  notices?: StoreNotice[];
}

/** A change: builds the next bank from the current one (never editing it), or throws an ApiError. */
export type Change = (bank: Bank, now: Date) => Bank;

export class BankStore {
  readonly path: string;
  readonly backupFolder: string;
  readonly notices: StoreNotice[];
  private readonly db: Low<Bank>;
  private readonly file: DurableBankFile;
  private readonly queue = new WriteQueue();
  private readonly validator: BankValidator;
  private readonly lock: BankLock;
  private readonly now: () => Date;
  private readonly backupIntervalMs: number;
  private lastBackupAt: number;
  private closed = false;

  constructor(parts: BankStoreParts) {
    this.path = parts.path;
    this.backupFolder = backupFolderFor(parts.dataDir, parts.path);
    this.file = new DurableBankFile(parts.path, parts.fs);
    this.db = new Low<Bank>(this.file, parts.bank);
    this.validator = parts.validator;
    this.lock = parts.lock;
    this.now = parts.now ?? (() => new Date());
    this.lastBackupAt = parts.lastBackupAt ?? 0;
    this.backupIntervalMs = parts.backupIntervalMs ?? BACKUP_INTERVAL_MS;
    this.notices = parts.notices ?? [];
  }

  /** The current bank: valid, frozen, and exactly what is on disk. */
  get bank(): Bank {
    return this.db.data;
  }

  /**
   * Applies a change: validate, write durably, then update memory. If anything fails, memory and
   * disk are as they were and the error explains what happened. Changes run one at a time.
   */
  update<T>(change: Change, select: (committed: Bank) => T): Promise<T> {
    return this.queue.run(async () => {
      this.assertOpen();
      const current = this.db.data;
      const now = this.now();
      const draft = change(current, now);
      if (draft === current) return select(current);
      const next = this.validator.check(draft);
      const text = serializeBank(next);
      try {
        await this.file.writeText(text);
      } catch (error) {
        throw saveFailure(error, dirname(this.path));
      }
      this.db.data = next;
      await this.backupIfDue(text, now);
      return select(next);
    });
  }

  /** Replaces the whole bank (restore from backup, JSON import); backs up the current bank first. */
  replace(next: Bank, why: string): Promise<Bank> {
    return this.queue.run(async () => {
      this.assertOpen();
      const now = this.now();
      await writeBackup(this.backupFolder, serializeBank(this.db.data), { now }).catch((error: unknown) => {
        throw saveFailure(error, this.backupFolder);
      });
      const checked = this.validator.check({ ...next, stories: [...next.stories] });
      try {
        await this.file.writeText(serializeBank(checked));
      } catch (error) {
        throw saveFailure(error, dirname(this.path));
      }
      this.db.data = checked;
      this.notices.push(notice({ kind: 'restored-backup', severity: 'info', message: why, bankPath: this.path }, now));
      return checked;
    });
  }

  backupNow(): Promise<BackupFile> {
    return this.queue.run(async () => {
      this.assertOpen();
      const now = this.now();
      try {
        const backup = await writeBackup(this.backupFolder, serializeBank(this.db.data), { now });
        this.lastBackupAt = now.getTime();
        await pruneBackups(this.backupFolder, now);
        return backup;
      } catch (error) {
        throw saveFailure(error, this.backupFolder);
      }
    });
  }

  listBackups(): Promise<BackupFile[]> {
    return listBackups(this.backupFolder);
  }

  async restoreBackup(id: string): Promise<Bank> {
    const backup = (await this.listBackups()).find((b) => b.id === id);
    if (!backup)
      throw new ApiError(
        'not-found',
        `There is no backup named ${id} for this bank. Pick one from the list of backups.`,
      );
    const outcome = loadBankBytes(await readFile(backup.path), this.now());
    if (outcome.kind === 'newer')
      throw new ApiError(
        'unsupported',
        `The backup ${id} is from a newer Storybank (format ${outcome.version}). Update Storybank to restore it.`,
      );
    if (outcome.kind === 'damaged')
      throw new ApiError(
        'io-error',
        `The backup ${id} cannot be restored: ${DAMAGE_WORDS[outcome.damage]}. Pick an older one.`,
      );
    return this.replace(
      outcome.bank,
      `Your bank was restored from the backup of ${formatWhen(backup.at)} (${outcome.bank.stories.length} stories). The bank as it was just before is saved as a backup too.`,
    );
  }

  /** Waits for every queued write. */
  flush(): Promise<void> {
    return this.queue.idle();
  }

  /** Flushes pending writes and releases the lock. The store cannot be used afterwards. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.queue.run(async () => {
      this.closed = true;
    });
    await this.queue.idle();
    await this.lock.release();
  }

  /** Queues a rolling backup of bytes that just loaded cleanly (used right after open). */
  backupLoadedBytes(bytes: Uint8Array): Promise<void> {
    return this.queue.run(async () => {
      const now = this.now();
      try {
        await writeBackup(this.backupFolder, bytes, { now });
        this.lastBackupAt = now.getTime();
        await pruneBackups(this.backupFolder, now);
      } catch (error) {
        this.notices.push(this.backupFailedNotice(error, now));
      }
    });
  }

  private async backupIfDue(text: string, now: Date): Promise<void> {
    if (now.getTime() - this.lastBackupAt < this.backupIntervalMs) return;
    try {
      await writeBackup(this.backupFolder, text, { now });
      this.lastBackupAt = now.getTime();
      await pruneBackups(this.backupFolder, now);
    } catch (error) {
      // The save itself succeeded; a missed backup is worth telling, not failing the save for.
      this.lastBackupAt = now.getTime();
      this.notices.push(this.backupFailedNotice(error, now));
    }
  }

  private backupFailedNotice(error: unknown, now: Date): StoreNotice {
    const detail = saveFailure(error, this.backupFolder).message;
    return notice(
      {
        kind: 'backup-failed',
        severity: 'warning',
        message: `Storybank could not make a backup in ${this.backupFolder}. ${detail}`,
        bankPath: this.path,
      },
      now,
    );
  }

  private assertOpen(): void {
    if (this.closed)
      throw new ApiError('conflict', 'This bank was closed (another bank was opened); reload to see the current bank.');
  }
}
