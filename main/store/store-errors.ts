// Turns file-system failures into messages a person can act on. The store throws ApiError so the
// API layer passes the message through unchanged.
import { ApiError, errorMessage } from '#shared/api/errors';

export function errnoCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

const UNCHANGED = 'your last change is still on screen and nothing on disk was changed.';

/** Explains a failed save. `folder` is where Storybank tried to write. */
export function saveFailure(error: unknown, folder: string): ApiError {
  if (error instanceof ApiError) return error;
  switch (errnoCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new ApiError('io-error', `Storybank could not save: the disk is full. Free some space; ${UNCHANGED}`);
    case 'EFBIG':
      return new ApiError(
        'io-error',
        `Storybank could not save: the file would be larger than this disk or account allows. Export a backup and remove old stories; ${UNCHANGED}`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new ApiError(
        'io-error',
        `Storybank could not save: it is not allowed to write to ${folder}. Check that the folder is writable (not read-only or locked by another program); ${UNCHANGED}`,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new ApiError(
        'io-error',
        `Storybank could not save: the folder ${folder} is gone (was it moved, or a drive unplugged?). Reconnect it or open the bank from its new place; ${UNCHANGED}`,
      );
    case undefined: // not a file-system error: say what it was
    default: {
      const detail = errorMessage(error);
      return new ApiError('io-error', `Storybank could not save (${detail}); ${UNCHANGED}`);
    }
  }
}
