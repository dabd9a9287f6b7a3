// Opening a bank file: lock it, read it, and turn whatever is there into a valid bank in memory.
// - missing: a new bank ('new'), an error ('existing'), or for the default bank the newest backup
//   if there is one (the file was lost) and otherwise an empty bank;
// - older format: a pre-migration copy is kept in the backups, then the upgraded bank is written;
// - newer format: refused, the file is not touched;
// - damaged (empty, zero-filled, not text, not JSON, not a bank, invalid): moved aside, never
//   overwritten, and the newest good backup restored; the user is told both paths.
import { link, mkdir, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ApiError } from '../../shared/api/errors';
import { emptyBank } from '../../shared/domain/defaults';
import { Bank, SCHEMA_VERSION } from '../../shared/domain/schemas';
import type { WriteFs } from './atomic-write';
import { backupFolderFor, newestGoodBackup, writeBackup } from './backups';
import { serializeBank } from './bank-file';
import { BankLock, type AppKind } from './bank-lock';
import { BankStore } from './bank-store';
import { BankValidator } from './bank-validation';
import { writeFileAtomic } from './atomic-write';
import { DAMAGE_WORDS, loadBankBytes } from './load-bank';
import { formatWhen, notice, type StoreNotice } from './notices';
import { errnoCode, saveFailure } from './store-errors';
import { purgeExpired, TRASH_DAYS } from './trash';

export type OpenMode = 'default' | 'existing' | 'new';

export interface OpenBankOptions {
  path: string;
  dataDir: string;
  app: AppKind;
  mode: OpenMode;
  fs?: WriteFs;
  now?: () => Date;
  backupIntervalMs?: number;
}

/** Renames a damaged file to a fresh name beside it. Hard link + unlink, so nothing is ever overwritten. */
export async function moveAside(path: string, now: Date): Promise<string> {
  const ext = extname(path);
  const stem = basename(path, ext);
  const aside = join(
    dirname(path),
    `${stem}.damaged-${now.toISOString().replace(/:/g, '-')}-${randomBytes(3).toString('hex')}${ext || '.json'}`,
  );
  try {
    await link(path, aside);
    await unlink(path);
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') throw error;
    await rename(path, aside); // No hard links on this file system; the random name makes a clash impossible in practice.
  }
  return aside;
}

async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    if (errnoCode(error) === 'EISDIR')
      throw new ApiError('invalid-request', `${path} is a folder, not a bank file. Pick a .json bank file.`);
    if (errnoCode(error) === 'EACCES' || errnoCode(error) === 'EPERM') {
      throw new ApiError('io-error', `Storybank is not allowed to read ${path}. Check the file's permissions.`);
    }
    throw error;
  }
}

export async function openBankFile(options: OpenBankOptions): Promise<BankStore> {
  const now = options.now ?? (() => new Date());
  const at = now();
  const { path } = options;
  await mkdir(dirname(path), { recursive: true }).catch(() => {});
  const lock = await BankLock.acquire(path, options.app, at);
  try {
    const notices: StoreNotice[] = [];
    const backupFolder = backupFolderFor(options.dataDir, path);
    const write = async (bank: Bank) => {
      try {
        await writeFileAtomic(path, serializeBank(bank), { fs: options.fs });
      } catch (error) {
        throw saveFailure(error, dirname(path));
      }
    };
    let bank: Bank;
    let cleanBytes: Uint8Array | undefined;
    const bytes = await readIfExists(path);

    if (options.mode === 'new') {
      if (bytes !== undefined)
        throw new ApiError(
          'conflict',
          `${path} already exists. Open it instead, or choose another name for the new bank.`,
        );
      bank = Bank.parse(emptyBank());
      await write(bank);
    } else if (bytes === undefined) {
      if (options.mode === 'existing')
        throw new ApiError('not-found', `There is no bank at ${path}. It may have been moved or renamed.`);
      const good = await newestGoodBackup(backupFolder, at);
      if (good) {
        bank = good.bank;
        notices.push(
          notice(
            {
              kind: 'restored-missing',
              severity: 'warning',
              bankPath: path,
              backupPath: good.backup.path,
              message: `Your bank file ${path} was missing, so Storybank restored it from the backup of ${formatWhen(good.backup.at)} (${bank.stories.length} stories).`,
            },
            at,
          ),
        );
      } else {
        bank = Bank.parse(emptyBank());
      }
      await write(bank);
    } else {
      const outcome = loadBankBytes(bytes, at);
      if (outcome.kind === 'newer') {
        throw new ApiError(
          'unsupported',
          `${basename(path)} was saved by a newer version of Storybank (bank format ${outcome.version}; this version reads up to ${SCHEMA_VERSION}). ` +
            `Update Storybank to open it. The file was not changed.`,
        );
      }
      if (outcome.kind === 'damaged') {
        const movedTo = await moveAside(path, at);
        const good = await newestGoodBackup(backupFolder, at);
        bank = good ? good.bank : Bank.parse(emptyBank());
        await write(bank);
        const restored = good
          ? `Your bank was restored from the backup of ${formatWhen(good.backup.at)} (${bank.stories.length} stories); changes made after that backup are only in the moved file.`
          : 'There was no backup to restore, so Storybank started an empty bank.';
        notices.push(
          notice(
            {
              kind: 'recovered',
              severity: 'error',
              bankPath: path,
              movedTo,
              backupPath: good?.backup.path,
              message: `Storybank could not read ${basename(path)}: ${DAMAGE_WORDS[outcome.damage]}. The file was moved to ${movedTo} (nothing in it was deleted). ${restored}`,
            },
            at,
          ),
        );
      } else if (outcome.migratedFrom !== undefined) {
        const copy = await writeBackup(backupFolder, bytes, {
          now: at,
          kind: 'pre-migration',
          fromVersion: outcome.migratedFrom,
        });
        bank = outcome.bank;
        await write(bank);
        notices.push(
          notice(
            {
              kind: 'migrated',
              severity: 'info',
              bankPath: path,
              backupPath: copy.path,
              message: `Your bank was upgraded from format ${outcome.migratedFrom} to ${SCHEMA_VERSION}. A copy of the old file is kept at ${copy.path}.`,
            },
            at,
          ),
        );
      } else {
        bank = outcome.bank;
        cleanBytes = bytes;
      }
    }

    const purge = purgeExpired(bank, at);
    if (purge.purged.length > 0) {
      bank = Bank.parse(purge.bank);
      await write(bank);
      cleanBytes = undefined;
      notices.push(
        notice(
          {
            kind: 'purged',
            severity: 'info',
            bankPath: path,
            message: `${purge.purged.length} ${purge.purged.length === 1 ? 'story was' : 'stories were'} deleted for good, ${TRASH_DAYS} days after going to the trash.`,
          },
          at,
        ),
      );
    }

    const validator = new BankValidator();
    const store = new BankStore({
      path,
      dataDir: options.dataDir,
      lock,
      bank: validator.trust(bank),
      validator,
      fs: options.fs,
      now,
      backupIntervalMs: options.backupIntervalMs,
      notices,
    });
    // Back up the file that just loaded cleanly, behind the open (it is queued before any write).
    if (cleanBytes) void store.backupLoadedBytes(cleanBytes);
    return store;
  } catch (error) {
    await lock.release();
    throw error;
  }
}
