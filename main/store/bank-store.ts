// The bank store: one open bank file, owned by this process. It holds the lock, keeps the valid
// bank in memory (immutable), and applies each change by validating it and committing it through
// lowdb (`db.write()`, whose adapter writes durably); memory follows what the disk holds, whatever
// step of the write failed. Opening (`db.read()`) recovers from damaged files, migrates older
// formats and refuses newer ones; see openBankFile.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type Low } from 'lowdb';
import { ApiError } from '#shared/api/errors';
import type { Bank } from '#shared/domain/schemas';
import type { WriteFs } from './atomic-write';
import { AtomicWriteError, type WriteReport } from './atomic-write';
import {
  backupFolderFor,
  listBackups,
  pruneBackups,
  sameAsNewestBackup,
  writeBackup,
  type BackupFile,
} from './backups';
import { serializeBank, type DurableBankFile } from './bank-file';
import type { BankLock } from './bank-lock';
import { type BankValidator } from './bank-validation';
import { DAMAGE_WORDS, loadBankBytes } from './load-bank';
import { notice, formatWhen, storyCount, type StoreNotice } from './notices';
import { saveFailure } from './store-errors';
import type { Remainder } from './unknown-fields';
import { WriteQueue } from './write-queue';

export const BACKUP_INTERVAL_MS = 60 * 60 * 1000;

export interface BankStoreParts {
  path: string;
  dataDir: string;
  lock: BankLock;
  /** lowdb over the bank file, already read (its data is the bank, as on disk). */
  db: Low<Bank>;
  file: DurableBankFile;
  validator: BankValidator;
  fs?: WriteFs;
  now?: () => Date;
  lastBackupAt?: number;
  backupIntervalMs?: number;
  notices?: StoreNotice[];
  /** Called with every notice the store adds while open (the session persists them). */
  onNotice?: (notice: StoreNotice) => void;
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
  private readonly onNotice: (notice: StoreNotice) => void;
  private readonly now: () => Date;
  /** The bank as the disk holds it; lowdb's `db.data` is what is being committed. */
  private committed: Bank;
  private readonly backupIntervalMs: number;
  private lastBackupAt: number;
  private closed = false;

  constructor(parts: BankStoreParts) {
    this.path = parts.path;
    this.file = parts.file;
    this.db = parts.db;
    this.committed = parts.validator.trust(parts.db.data);
    this.backupFolder = backupFolderFor(parts.dataDir, this.committed.bankId);
    this.validator = parts.validator;
    this.onNotice = parts.onNotice ?? (() => {});
    this.lock = parts.lock;
    this.now = parts.now ?? (() => new Date());
    this.lastBackupAt = parts.lastBackupAt ?? 0;
    this.backupIntervalMs = parts.backupIntervalMs ?? BACKUP_INTERVAL_MS;
    this.notices = parts.notices ?? [];
  }

  /** The current bank: valid, frozen, and exactly what is on disk. */
  get bank(): Bank {
    return this.committed;
  }

  /**
   * Commits `next` through lowdb. Memory follows the disk: when the write failed before the new
   * bytes replaced the file, memory stays as it was and the error explains; once they replaced it
   * (even if the folder could not be fsynced afterwards) memory is `next` and the save stands.
   */
  private async commit(next: Bank, now: Date): Promise<string | undefined> {
    this.db.data = next;
    try {
      await this.db.write();
    } catch (error) {
      this.db.data = this.committed;
      this.file.takeWrittenText();
      throw saveFailure(error instanceof AtomicWriteError ? error.cause : error, dirname(this.path));
    }
    this.committed = next;
    this.warnIfNotDurable(this.file.lastWrite, now);
    return this.file.takeWrittenText();
  }

  private warnIfNotDurable(report: WriteReport | undefined, now: Date): void {
    const sync = report?.folderSync;
    if (!sync || typeof sync === 'string') return;
    this.addNotice(
      notice(
        {
          kind: 'unconfirmed-save',
          severity: 'warning',
          bankPath: this.path,
          message: `Your change was saved to ${this.path}, but Storybank could not make sure the folder ${dirname(this.path)} was flushed to disk (${saveFailure(sync.error, dirname(this.path)).message.replace(/^Storybank could not save:? ?/, '')}). If the computer loses power in the next moments, the newest change may be lost. Check that Storybank may read that folder.`,
        },
        now,
      ),
    );
  }

  private addNotice(added: StoreNotice): void {
    // One notice of a kind is enough until it is dismissed.
    if (added.kind === 'unconfirmed-save' && this.notices.some((n) => n.kind === added.kind)) return;
    this.notices.push(added);
    this.onNotice(added);
  }

  /**
   * Applies a change: validate, write durably, then update memory. If anything fails, memory and
   * disk are as they were and the error explains what happened. Changes run one at a time.
   */
  update<T>(change: Change, select: (committed: Bank) => T): Promise<T> {
    return this.queue.run(async () => {
      this.assertOpen();
      const current = this.committed;
      const now = this.now();
      const draft = change(current, now);
      if (draft === current) return select(current);
      const next = this.validator.check(draft);
      const written = await this.commit(next, now);
      // The save is acknowledged now; a due backup follows in the queue (before any later change),
      // from the very text just written rather than a second serialization of the bank.
      // eslint-disable-next-line @typescript-eslint/no-floating-promises -- backup() turns a failure into a notice
      if (this.backupDue(now)) void this.queue.run(() => this.backup(written ?? this.serialized(next), now));
      return select(next);
    });
  }

  /** Replaces the whole bank (restore from backup, JSON import); backs up the current bank first. */
  replace(next: Bank, why: string, remainder?: Remainder): Promise<Bank> {
    return this.queue.run(async () => {
      this.assertOpen();
      const now = this.now();
      await writeBackup(this.backupFolder, this.serialized(this.committed), { now }).catch((error: unknown) => {
        throw saveFailure(error, this.backupFolder);
      });
      // The bank keeps its identity (and so its backups) whatever it is replaced with.
      const checked = this.validator.check({ ...next, bankId: this.committed.bankId, stories: [...next.stories] });
      const previous = this.file.remainder;
      this.file.remainder = remainder;
      try {
        await this.commit(checked, now);
      } catch (error) {
        this.file.remainder = previous;
        throw error;
      }
      this.addNotice(notice({ kind: 'restored-backup', severity: 'info', message: why, bankPath: this.path }, now));
      return checked;
    });
  }

  private serialized(bank: Bank): string {
    return serializeBank(bank, this.file.remainder);
  }

  backupNow(): Promise<BackupFile> {
    return this.queue.run(async () => {
      this.assertOpen();
      const now = this.now();
      try {
        const backup = await writeBackup(this.backupFolder, this.serialized(this.committed), { now });
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
      `Your bank was restored from the backup of ${formatWhen(backup.at)} (${storyCount(outcome.bank.stories.length)}). The bank as it was just before is saved as a backup too.`,
      outcome.remainder,
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

  /**
   * Queues a rolling backup of bytes that just loaded cleanly (used right after open); skipped
   * when the newest backup already holds the same bytes, so opening an unchanged bank adds nothing.
   */
  backupLoadedBytes(bytes: Uint8Array): Promise<void> {
    return this.queue.run(async () => {
      const now = this.now();
      try {
        if (await sameAsNewestBackup(this.backupFolder, bytes)) {
          this.lastBackupAt = now.getTime();
          return;
        }
        await writeBackup(this.backupFolder, bytes, { now });
        this.lastBackupAt = now.getTime();
        await pruneBackups(this.backupFolder, now);
      } catch (error) {
        this.addNotice(this.backupFailedNotice(error, now));
      }
    });
  }

  private backupDue(now: Date): boolean {
    return now.getTime() - this.lastBackupAt >= this.backupIntervalMs;
  }

  /** A rolling backup of `text` (the bank as just saved); a failure is a notice, never a failed save. */
  private async backup(text: string, now: Date): Promise<void> {
    if (!this.backupDue(now)) return;
    try {
      await writeBackup(this.backupFolder, text, { now });
      this.lastBackupAt = now.getTime();
      await pruneBackups(this.backupFolder, now);
    } catch (error) {
      // The save itself succeeded; a missed backup is worth telling, not failing the save for.
      this.lastBackupAt = now.getTime();
      this.addNotice(this.backupFailedNotice(error, now));
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
