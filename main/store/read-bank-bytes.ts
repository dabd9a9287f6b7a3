// Reading a bank file's bytes safely. Only a regular file under MAX_BANK_BYTES is read: a folder,
// a device such as /dev/zero (which never ends), a pipe (which would block) or a huge file is
// refused with a clear message before anything is opened for reading, locked or created.
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ApiError } from '#shared/api/errors';
import { errnoCode } from './store-errors';

/**
 * The largest bank file Storybank opens: ten times a bank at every limit of a normal size, and far
 * below what one JavaScript string can hold (about 512 MB), so parsing can never crash the app.
 */
export const MAX_BANK_BYTES = 256 * 1024 * 1024;

const MB = 1024 * 1024;

function notReadable(path: string, error: unknown): ApiError | undefined {
  const code = errnoCode(error);
  if (code === 'EACCES' || code === 'EPERM')
    return new ApiError('io-error', `Storybank is not allowed to read ${path}. Check the file's permissions.`);
  if (code === 'ENOTDIR')
    return new ApiError('invalid-request', `${path} is not a bank file: part of its path is a file, not a folder.`);
  return undefined;
}

/** Refuses what is not a regular file of a sane size. Resolves false when there is nothing at `path`. */
export async function checkBankFile(path: string): Promise<boolean> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false;
    throw notReadable(path, error) ?? error;
  }
  if (info.isDirectory())
    throw new ApiError('invalid-request', `${path} is a folder, not a bank file. Pick a .json bank file.`);
  if (!info.isFile())
    throw new ApiError(
      'invalid-request',
      `${path} is not a regular file (it is a device, pipe or socket), so it cannot be a bank. It was not changed.`,
    );
  if (info.size > MAX_BANK_BYTES)
    throw new ApiError(
      'too-large',
      `${basename(path)} is ${Math.round(info.size / MB).toLocaleString('en-US')} MB; a Storybank bank is at most ${MAX_BANK_BYTES / MB} MB, so this is not a bank. It was not changed.`,
    );
  return true;
}

/** The bytes of the bank file at `path` (checked as above), or undefined when there is none. */
export async function readBankBytes(path: string): Promise<Buffer | undefined> {
  if (!(await checkBankFile(path))) return undefined;
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    throw notReadable(path, error) ?? error;
  }
  try {
    // Checked again on the open file: it may have been swapped since the first check.
    const info = await handle.stat();
    if (!info.isFile() || info.size > MAX_BANK_BYTES) await checkBankFile(path);
    if (!info.isFile() || info.size > MAX_BANK_BYTES)
      throw new ApiError('invalid-request', `${path} changed while it was being opened. Try again.`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
