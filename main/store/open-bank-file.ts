// Opening a bank file: refuse what cannot be a bank, lock it, read it through lowdb (`db.read()`,
// whose adapter calls readBank below) and turn whatever is there into a valid bank in memory.
// - not a regular file, or too large: refused before anything is locked or created;
// - missing: a new bank ('new'), an error ('existing'), or for the default bank the newest backup
//   if there is one (the file was lost) and otherwise an empty bank;
// - older format: a pre-migration copy is kept in the backups, then the upgraded bank is written;
// - newer format: refused, the file is not touched;
// - not recognisably a bank (see bank-marker.ts) and not a file Storybank keeps: refused, untouched;
// - a damaged bank (empty, zero-filled, not text, cut short, invalid): moved aside, never
//   overwritten, and the newest good backup restored; the user is told both paths.
import { link, mkdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Low } from 'lowdb';
import { ApiError } from '#shared/api/errors';
import { emptyBank } from '#shared/domain/defaults';
import { Bank, SCHEMA_VERSION } from '#shared/domain/schemas';
import { AtomicWriteError, type WriteFs } from './atomic-write';
import { adoptLegacyBackups, backupFolderFor, legacyBackupFolderFor, newestGoodBackup, writeBackup } from './backups';
import { DurableBankFile, writeTarget, type BankRead } from './bank-file';
import { BankLock, type AppKind } from './bank-lock';
import { sniffBankId, startsWithBankMarker } from './bank-marker';
import { BankStore } from './bank-store';
import { BankValidator } from './bank-validation';
import { DAMAGE_WORDS, loadBankBytes, type LoadOutcome } from './load-bank';
import { formatWhen, notice, storyCount, type StoreNotice } from './notices';
import { checkBankFile, readBankBytes } from './read-bank-bytes';
import { removeStaleTempFiles, removeStaleTempFilesIn } from './stale-temp-files';
import { errnoCode, saveFailure } from './store-errors';
import { purgeExpired, TRASH_DAYS } from './trash';

export type OpenMode = 'default' | 'existing' | 'new';

export interface OpenBankOptions {
  path: string;
  dataDir: string;
  app: AppKind;
  mode: OpenMode;
  /**
   * Whether Storybank keeps this file (it is on the recent list); the default bank always is. Only
   * such a file, or one carrying a bank's marker, is treated as a damaged bank rather than refused.
   */
  known?: boolean;
  /** The identity this path had when Storybank last opened it (finds backups if the file is damaged). */
  knownBankId?: string;
  fs?: WriteFs;
  now?: () => Date;
  backupIntervalMs?: number;
  onNotice?: (notice: StoreNotice) => void;
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

/** What opening found, beyond the bank itself. */
interface OpenRead extends BankRead {
  notices: StoreNotice[];
  /** The bytes as loaded, when they loaded cleanly and need no rewrite (a backup is made of them). */
  cleanBytes?: Uint8Array;
  /** The bank in memory differs from the file (new, restored, migrated): write it before use. */
  mustWrite: boolean;
}

/** The newest good backup of this bank: by its identity first, then in the folder named by its old path. */
async function findBackup(options: OpenBankOptions, ids: (string | undefined)[], at: Date) {
  const folders = [
    ...new Set(ids.filter((id): id is string => !!id).map((id) => backupFolderFor(options.dataDir, id))),
  ];
  folders.push(legacyBackupFolderFor(options.dataDir, options.path));
  for (const folder of folders) {
    const good = await newestGoodBackup(folder, at);
    if (good) return good;
  }
  return undefined;
}

function notABank(path: string, outcome: LoadOutcome & { kind: 'damaged' }): ApiError {
  return new ApiError(
    'invalid-request',
    `${basename(path)} is not a Storybank bank (${DAMAGE_WORDS[outcome.damage]}), so Storybank did not open it. ` +
      'The file was not changed. Pick a bank file that Storybank saved (a .json file starting with "schemaVersion").',
  );
}

async function readBank(options: OpenBankOptions, at: Date): Promise<OpenRead> {
  const { path } = options;
  const bytes = await readBankBytes(path);
  if (options.mode === 'new') {
    if (bytes !== undefined)
      throw new ApiError(
        'conflict',
        `${path} already exists. Open it instead, or choose another name for the new bank.`,
      );
    return { bank: Bank.parse(emptyBank()), notices: [], mustWrite: true };
  }
  if (bytes === undefined) {
    if (options.mode === 'existing')
      throw new ApiError('not-found', `There is no bank at ${path}. It may have been moved or renamed.`);
    const good = await findBackup(options, [options.knownBankId], at);
    if (!good) return { bank: Bank.parse(emptyBank()), notices: [], mustWrite: true };
    const message = `Your bank file ${path} was missing, so Storybank restored it from the backup of ${formatWhen(good.backup.at)} (${storyCount(good.bank.stories.length)}).`;
    return {
      bank: good.bank,
      remainder: good.remainder,
      mustWrite: true,
      notices: [
        notice(
          { kind: 'restored-missing', severity: 'warning', bankPath: path, backupPath: good.backup.path, message },
          at,
        ),
      ],
    };
  }
  const outcome = loadBankBytes(bytes, at);
  if (outcome.kind === 'newer') {
    throw new ApiError(
      'unsupported',
      `${basename(path)} was saved by a newer version of Storybank (bank format ${outcome.version}; this version reads up to ${SCHEMA_VERSION}). ` +
        `Update Storybank to open it. The file was not changed.`,
    );
  }
  if (outcome.kind === 'damaged') {
    const isBank =
      options.mode === 'default' ||
      options.known === true ||
      outcome.damage === 'invalid' ||
      startsWithBankMarker(bytes);
    if (!isBank) throw notABank(path, outcome);
    const movedTo = await moveAside(path, at);
    const good = await findBackup(options, [sniffBankId(bytes), options.knownBankId], at);
    const bank = good ? good.bank : Bank.parse(emptyBank());
    const restored = good
      ? `Your bank was restored from the backup of ${formatWhen(good.backup.at)} (${storyCount(bank.stories.length)}); changes made after that backup are only in the moved file.`
      : 'There was no backup to restore, so Storybank started an empty bank.';
    const message = `Storybank could not read ${basename(path)}: ${DAMAGE_WORDS[outcome.damage]}. The file was moved to ${movedTo} (nothing in it was deleted). ${restored}`;
    return {
      bank,
      remainder: good?.remainder,
      mustWrite: true,
      notices: [
        notice(
          {
            kind: 'recovered',
            severity: 'error',
            bankPath: path,
            movedTo,
            backupPath: good?.backup.path,
            message,
          },
          at,
        ),
      ],
    };
  }
  if (outcome.migratedFrom !== undefined) {
    const copy = await writeBackup(backupFolderFor(options.dataDir, outcome.bank.bankId), bytes, {
      now: at,
      kind: 'pre-migration',
      fromVersion: outcome.migratedFrom,
    });
    const message = `Your bank was upgraded from format ${outcome.migratedFrom} to ${SCHEMA_VERSION}. A copy of the old file is kept at ${copy.path}.`;
    return {
      bank: outcome.bank,
      remainder: outcome.remainder,
      mustWrite: true,
      notices: [notice({ kind: 'migrated', severity: 'info', bankPath: path, backupPath: copy.path, message }, at)],
    };
  }
  return { bank: outcome.bank, remainder: outcome.remainder, notices: [], cleanBytes: bytes, mustWrite: false };
}

export async function openBankFile(options: OpenBankOptions): Promise<BankStore> {
  const now = options.now ?? (() => new Date());
  const at = now();
  const { path } = options;
  // Refused before anything is locked or created beside it: folders, devices, huge files.
  if ((await checkBankFile(path)) && options.mode === 'new')
    throw new ApiError('conflict', `${path} already exists. Open it instead, or choose another name for the new bank.`);
  await mkdir(dirname(path), { recursive: true }).catch(() => {});
  // A symlinked bank is locked (and written) at its target, so two links to one bank share a lock.
  const target = await writeTarget(path);
  const lock = await BankLock.acquire(target, options.app, at);
  try {
    await removeStaleTempFiles(target);
    const file = new DurableBankFile<OpenRead>(path, () => readBank(options, at), options.fs);
    const db = new Low<Bank>(file, Bank.parse(emptyBank()));
    await db.read();
    const read = file.lastRead!;
    const notices = [...read.notices];
    let mustWrite = read.mustWrite;

    const purge = purgeExpired(db.data, at);
    if (purge.purged.length > 0) {
      db.data = Bank.parse(purge.bank);
      mustWrite = true;
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
    if (mustWrite) {
      try {
        await db.write();
      } catch (error) {
        throw saveFailure(error instanceof AtomicWriteError ? error.cause : error, dirname(path));
      }
    }

    await adoptLegacyBackups(options.dataDir, path, db.data.bankId);
    await removeStaleTempFilesIn(backupFolderFor(options.dataDir, db.data.bankId));
    for (const added of notices) options.onNotice?.(added);
    const store = new BankStore({
      path,
      dataDir: options.dataDir,
      lock,
      db,
      file,
      validator: new BankValidator(),
      fs: options.fs,
      now,
      backupIntervalMs: options.backupIntervalMs,
      notices,
      onNotice: options.onNotice,
    });
    // Back up the file that just loaded cleanly, behind the open (it is queued before any write).
    // eslint-disable-next-line @typescript-eslint/no-floating-promises -- backupLoadedBytes turns a failure into a notice
    if (read.cleanBytes && !mustWrite) void store.backupLoadedBytes(read.cleanBytes);
    return store;
  } catch (error) {
    await lock.release();
    throw error;
  }
}
