// Durable whole-file replacement: write a uniquely named temp file beside the target, fsync it,
// rename it over the target, then fsync the folder so the rename itself survives a power cut.
// A reader (or a crash) only ever sees the old file or the new one, never a mix. lowdb's steno
// uses a fixed temp name and no fsync, so two writers can clobber each other's temp file and a
// crash can leave an empty file behind; this is why the store brings its own writer.
import * as fsp from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { errnoCode } from './store-errors';

/** The file operations atomic writes need; tests inject failures through this. */
export interface WriteFs {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  unlink: typeof fsp.unlink;
}

export const realWriteFs: WriteFs = { open: fsp.open, rename: fsp.rename, unlink: fsp.unlink };

// Windows reports a rename over a file that an indexer, antivirus or sync client has open as
// EPERM/EBUSY/EACCES for a short while; retrying briefly is what VS Code and npm do too.
const RETRYABLE_RENAME = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_RETRY_DELAYS_MS = [10, 20, 50, 100, 200, 400, 800];

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

/** fsync a folder so a rename inside it is durable. Not possible on Windows (and some file systems); skipped there. */
export async function syncFolder(folder: string, fs: WriteFs = realWriteFs): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = errnoCode(error);
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EISDIR' && code !== 'EPERM') throw error;
  } finally {
    await handle?.close().catch(() => {});
  }
}

export interface AtomicWriteOptions {
  fs?: WriteFs;
  platform?: NodeJS.Platform;
  /** File mode for a newly created file. */
  mode?: number;
}

/** Replaces `target` with `data`, durably. On failure the old file is untouched and the temp file removed. */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? realWriteFs;
  const temp = tempPathFor(target);
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', options.mode ?? 0o600);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetry(fs, temp, target, options.platform ?? process.platform);
  } catch (error) {
    await handle?.close().catch(() => {});
    await fs.unlink(temp).catch(() => {});
    throw error;
  }
  await syncFolder(dirname(target), fs);
}
