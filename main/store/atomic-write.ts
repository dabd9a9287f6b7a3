// Durable whole-file replacement: write a uniquely named temp file beside the target, fsync it,
// rename it over the target, then fsync the folder so the rename itself survives a power cut.
// A reader (or a crash) only ever sees the old file or the new one, never a mix. lowdb's steno
// uses a fixed temp name and no fsync, so two writers can clobber each other's temp file and a
// crash can leave an empty file behind; this is why the store brings its own writer.
//
// The caller must know whether the new bytes reached the disk, whatever failed: a failure before
// the rename leaves the old file (AtomicWriteError, replaced: false); once the rename is done the
// new file is what a reader sees, so a failed folder fsync is reported, not thrown.
import * as fsp from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { errnoCode } from './store-errors';
import { errorMessage } from '#shared/api/errors';

/** The file operations atomic writes need; tests inject failures through this. */
export interface WriteFs {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  unlink: typeof fsp.unlink;
}

export const realWriteFs: WriteFs = { open: fsp.open, rename: fsp.rename, unlink: fsp.unlink };

/** The steps of a save, in order. */
export type WriteStage = 'temp-write' | 'fsync' | 'rename' | 'folder-fsync';

/** A save that failed before the new bytes replaced the target: the old file is intact. */
export class AtomicWriteError extends Error {
  readonly code: string | undefined;
  constructor(
    readonly stage: WriteStage,
    override readonly cause: unknown,
  ) {
    super(errorMessage(cause));
    this.code = errnoCode(cause);
  }
}

/** What happened after the rename: `folderSync` holds the error when the folder could not be fsynced. */
export interface WriteReport {
  folderSync: 'done' | 'skipped' | { error: unknown };
}

// Windows reports a rename over a file that an indexer, antivirus or sync client has open as
// EPERM/EBUSY/EACCES for a short while; retrying briefly is what VS Code and npm do too.
const RETRYABLE_RENAME = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_RETRY_DELAYS_MS = [10, 20, 50, 100, 200, 400, 800];

/** Temp files are `.<name>.<pid>.<random>.tmp`, so a later open can tell whose they were. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

async function renameWithRetry(fs: WriteFs, from: string, to: string, platform: NodeJS.Platform): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = errnoCode(error);
      const delay = RENAME_RETRY_DELAYS_MS[attempt];
      if (platform !== 'win32' || !code || !RETRYABLE_RENAME.has(code) || delay === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

// Errors that mean "this platform or file system cannot fsync a folder", not "the save is at risk".
const FOLDER_SYNC_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM']);

/** fsync a folder so a rename inside it is durable. Not possible on Windows (and some file systems); skipped there. */
export async function syncFolder(folder: string, fs: WriteFs = realWriteFs): Promise<'done' | 'skipped'> {
  if (process.platform === 'win32') return 'skipped';
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
    return 'done';
  } catch (error) {
    if (FOLDER_SYNC_UNSUPPORTED.has(errnoCode(error) ?? '')) return 'skipped';
    throw error;
  } finally {
    await handle?.close().catch(() => {});
  }
}

/** Whether `path` now holds exactly `data` (used when a rename reports failure: did it happen anyway?). */
async function holds(path: string, data: string | Uint8Array): Promise<boolean> {
  const bytes = await fsp.readFile(path).catch(() => undefined);
  return bytes !== undefined && bytes.equals(typeof data === 'string' ? Buffer.from(data) : Buffer.from(data));
}

export interface AtomicWriteOptions {
  fs?: WriteFs;
  platform?: NodeJS.Platform;
  /** File mode for a newly created file. */
  mode?: number;
}

/**
 * Replaces `target` with `data`, durably. Throws AtomicWriteError when the target still holds its
 * old bytes (the temp file is removed); resolves once the new bytes are in place, with a report
 * saying whether the folder fsync worked.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<WriteReport> {
  const fs = options.fs ?? realWriteFs;
  const temp = tempPathFor(target);
  let handle: fsp.FileHandle | undefined;
  let stage: WriteStage = 'temp-write';
  try {
    handle = await fs.open(temp, 'wx', options.mode ?? 0o600);
    await handle.writeFile(data);
    stage = 'fsync';
    await handle.sync();
    await handle.close();
    handle = undefined;
    stage = 'rename';
    await renameWithRetry(fs, temp, target, options.platform ?? process.platform);
  } catch (error) {
    await handle?.close().catch(() => {});
    // A rename can report failure after it happened (network file systems); the disk decides.
    const replaced = stage === 'rename' && (await holds(target, data));
    if (!replaced) {
      await fs.unlink(temp).catch(() => {});
      throw new AtomicWriteError(stage, error);
    }
  }
  try {
    return { folderSync: await syncFolder(dirname(target), fs) };
  } catch (error) {
    return { folderSync: { error } };
  }
}
