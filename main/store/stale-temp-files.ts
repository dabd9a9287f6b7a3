// A process killed mid-save leaves its temp file behind (`.<name>.<pid>.<random>.tmp`, see
// tempPathFor): a full copy of the user's stories that nothing would ever remove. Once this
// process holds the bank's lock, no other process may be writing this bank, so every temp file of
// the bank's name from another process, or from a process that is gone, is a leftover.
import { readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function removeMatching(folder: string, pattern: RegExp, ownPid: number): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match || Number(match[1]) === ownPid) continue;
    const path = join(folder, name);
    await unlink(path).then(
      () => removed.push(path),
      () => {},
    );
  }
  return removed;
}

/** Removes leftover temp files of `target` in its folder; returns the paths removed. */
export function removeStaleTempFiles(target: string, ownPid: number = process.pid): Promise<string[]> {
  return removeMatching(
    dirname(target),
    new RegExp(`^\\.${escape(basename(target))}\\.(\\d+)\\.[0-9a-f]+\\.tmp$`),
    ownPid,
  );
}

/** Removes every leftover temp file in a folder only this bank writes to (its backup folder). */
export function removeStaleTempFilesIn(folder: string, ownPid: number = process.pid): Promise<string[]> {
  return removeMatching(folder, /^\..+\.(\d+)\.[0-9a-f]+\.tmp$/, ownPid);
}
