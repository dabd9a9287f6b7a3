// Rolling backups of a bank, kept in the data folder (not beside the bank, which may sit in a
// synced folder). A backup is only ever made from bytes that loaded cleanly, so restoring the
// newest one always gives a good bank. We keep the newest 10, plus the newest of each of the last
// 30 days; copies taken before a format upgrade are never pruned.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { Bank } from '#shared/domain/schemas';
import { writeFileAtomic, type WriteFs } from './atomic-write';
import { loadBankBytes } from './load-bank';
import { errnoCode } from './store-errors';
import type { Remainder } from './unknown-fields';

export const KEEP_RECENT_BACKUPS = 10;
export const KEEP_DAILY_BACKUPS_DAYS = 30;

export type BackupKind = 'rolling' | 'pre-migration';

export interface BackupFile {
  /** The file name; what the API uses to pick a backup. */
  id: string;
  path: string;
  at: Date;
  bytes: number;
  kind: BackupKind;
}

/**
 * One folder per bank, named by the bank's identity (`bankId`), so a bank finds its backups after
 * the bank file or the whole data folder moves.
 */
export function backupFolderFor(dataDir: string, bankId: string): string {
  return join(dataDir, 'backups', bankId);
}

/** Where backups went before banks had an identity: a folder named by a hash of the bank's path. */
export function legacyBackupFolderFor(dataDir: string, bankPath: string): string {
  const absolute = resolve(bankPath);
  const stem =
    basename(absolute, extname(absolute))
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .slice(0, 40) || 'bank';
  const hash = createHash('sha256').update(absolute).digest('hex').slice(0, 10);
  return join(dataDir, 'backups', `${stem}-${hash}`);
}

/** Moves a bank's path-named backup folder to its identity-named one, once (if there is one and no clash). */
export async function adoptLegacyBackups(dataDir: string, bankPath: string, bankId: string): Promise<void> {
  const legacy = legacyBackupFolderFor(dataDir, bankPath);
  const current = backupFolderFor(dataDir, bankId);
  if (!(await stat(legacy).catch(() => undefined))?.isDirectory()) return;
  if (await stat(current).catch(() => undefined)) return;
  await rename(legacy, current).catch(() => {});
}

const stamp = (at: Date) => at.toISOString().replace(/:/g, '-');
const NAME = /^(backup|pre-migration-v\d+)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z)(?:-\d+)?\.json$/;

function parseName(name: string): { at: Date; kind: BackupKind } | undefined {
  const match = NAME.exec(name);
  if (!match) return undefined;
  const at = new Date(match[2].replace(/T(\d{2})-(\d{2})-(\d{2})/, 'T$1:$2:$3'));
  if (Number.isNaN(at.getTime())) return undefined;
  return { at, kind: match[1] === 'backup' ? 'rolling' : 'pre-migration' };
}

export async function listBackups(folder: string): Promise<BackupFile[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw error;
  }
  const backups: BackupFile[] = [];
  for (const name of names) {
    const parsed = parseName(name);
    if (!parsed) continue;
    const info = await stat(join(folder, name)).catch(() => undefined);
    if (!info?.isFile()) continue;
    backups.push({ id: name, path: join(folder, name), at: parsed.at, bytes: info.size, kind: parsed.kind });
  }
  // Newest first; names sort by time, and a same-millisecond suffix sorts after its base.
  return backups.sort((a, b) => b.at.getTime() - a.at.getTime() || b.id.localeCompare(a.id));
}

/** Whether the newest rolling backup already holds exactly these bytes (then another copy adds nothing). */
export async function sameAsNewestBackup(folder: string, bytes: string | Uint8Array): Promise<boolean> {
  const newest = (await listBackups(folder)).find((b) => b.kind === 'rolling');
  if (!newest) return false;
  // A view of the loaded bytes, not a copy: Buffer.from(bytes) copied 27 MB for a 10,000-story bank.
  const wanted =
    typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (newest.bytes !== wanted.length) return false;
  const held = await readFile(newest.path).catch(() => undefined);
  return held !== undefined && held.equals(wanted);
}

export async function writeBackup(
  folder: string,
  bytes: string | Uint8Array,
  options: { now?: Date; kind?: BackupKind; fromVersion?: number; fs?: WriteFs } = {},
): Promise<BackupFile> {
  const at = options.now ?? new Date();
  const prefix = options.kind === 'pre-migration' ? `pre-migration-v${options.fromVersion ?? 0}` : 'backup';
  await mkdir(folder, { recursive: true });
  const existing = new Set(await readdir(folder));
  let name = `${prefix}-${stamp(at)}.json`;
  for (let n = 2; existing.has(name); n++) name = `${prefix}-${stamp(at)}-${n}.json`;
  const path = join(folder, name);
  await writeFileAtomic(path, bytes, { fs: options.fs });
  const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
  return { id: name, path, at, bytes: size, kind: options.kind ?? 'rolling' };
}

/** Which rolling backups to delete: all but the newest KEEP_RECENT and the newest of each recent day. */
export function backupsToPrune(backups: BackupFile[], now: Date): BackupFile[] {
  const rolling = backups.filter((b) => b.kind === 'rolling').sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set(rolling.slice(0, KEEP_RECENT_BACKUPS));
  const seenDays = new Set<string>();
  const oldest = now.getTime() - KEEP_DAILY_BACKUPS_DAYS * 24 * 60 * 60 * 1000;
  for (const backup of rolling) {
    const day = backup.at.toISOString().slice(0, 10);
    if (backup.at.getTime() >= oldest && !seenDays.has(day)) {
      seenDays.add(day);
      keep.add(backup);
    }
  }
  return rolling.filter((b) => !keep.has(b));
}

export async function pruneBackups(folder: string, now: Date = new Date()): Promise<number> {
  const doomed = backupsToPrune(await listBackups(folder), now);
  for (const backup of doomed) await unlink(backup.path).catch(() => {});
  return doomed.length;
}

/** The newest backup that loads into a valid bank (older formats are migrated), or undefined. */
export async function newestGoodBackup(
  folder: string,
  now: Date = new Date(),
): Promise<{ backup: BackupFile; bank: Bank; remainder?: Remainder } | undefined> {
  for (const backup of await listBackups(folder)) {
    const bytes = await readFile(backup.path).catch(() => undefined);
    if (!bytes) continue;
    const outcome = loadBankBytes(bytes, now);
    if (outcome.kind === 'ok') return { backup, bank: outcome.bank, remainder: outcome.remainder };
  }
  return undefined;
}
