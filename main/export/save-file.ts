// Delivers a finished export. With a native save dialog (the desktop app): ask where, write the file durably (temp
// file, fsync, rename; a crash never leaves half a document), and remember the folder for next time. Without one (the
// web bridge): hand the bytes back for the renderer to download; the browser asks where, if the user set it to.
import { existsSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { ApiError, errorMessage } from '#shared/api/errors';
import type { ExportedFile } from '#shared/api/channels/exports';
import type { HandlerContext } from '../api/context';
import { writeFileAtomic } from '../store/atomic-write';
import { updateSettings } from '../store/operations/profile-settings';
import { FILE_TYPES, type FileType } from './file-names';

export interface FileToDeliver {
  type: FileType;
  fileName: string;
  data: Buffer | string;
  /** The save dialog's title, e.g. "Save the story sheet". */
  title: string;
  /** How many stories the file holds (for the confirmation). */
  stories: number;
}

/** A name typed without an extension gets one, unless that would silently replace another file. */
export function withExtension(path: string, extension: string): string {
  if (extname(path)) return path;
  const withExt = `${path}.${extension}`;
  return existsSync(withExt) ? path : withExt;
}

export async function deliverFile(context: HandlerContext, file: FileToDeliver): Promise<ExportedFile> {
  const type = FILE_TYPES[file.type];
  const bytes = typeof file.data === 'string' ? Buffer.from(file.data, 'utf8') : file.data;
  const save = context.native.showSaveDialog;
  if (!save) {
    return {
      delivery: 'download',
      fileName: file.fileName,
      mimeType: type.mimeType,
      base64: bytes.toString('base64'),
      bytes: bytes.length,
      stories: file.stories,
    };
  }
  const store = context.services.banks.current;
  const chosen = await save({
    title: file.title,
    defaultName: file.fileName,
    defaultFolder: store.bank.settings.lastExportFolder,
    filters: [{ name: type.filter, extensions: [type.extension] }],
  });
  if (!chosen) throw new ApiError('cancelled', 'Export cancelled; nothing was saved.');
  const path = withExtension(chosen, type.extension);
  try {
    // 0o644: an exported document is meant to be shared, unlike the bank file (0o600).
    await writeFileAtomic(path, bytes, { mode: 0o644 });
  } catch (error) {
    const reason = errorMessage(error);
    throw new ApiError(
      'io-error',
      `Could not save ${path}: ${reason}. Nothing was written; pick another folder and try again.`,
    );
  }
  const folder = dirname(path);
  if (store.bank.settings.lastExportFolder !== folder) {
    // The file is saved either way; failing to remember the folder is not worth an error.
    await updateSettings(store, { lastExportFolder: folder }).catch(() => undefined);
  }
  return {
    delivery: 'saved',
    fileName: path.split(/[\\/]/).pop() ?? file.fileName,
    path,
    bytes: bytes.length,
    stories: file.stories,
  };
}
