// One writer per bank file. The lock is a small JSON file beside the bank naming its owner
// (pid, host, start time, which app), created atomically (written to a temp file, then hard-linked
// into place, which fails if a lock exists), so a lock is never seen half-written. A lock whose
// process is gone from this host is stale (the app crashed or was killed) and is taken over.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { link, open, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { ApiError } from '#shared/api/errors';
import { tempPathFor } from './atomic-write';
import { errnoCode } from './store-errors';

export type AppKind = 'desktop' | 'web' | 'cli' | 'test';

export interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
  app: AppKind;
  /** Distinguishes two stores in one process (e.g. a bank opened twice in tests). */
  token: string;
}

const APP_NAMES: Record<AppKind, string> = {
  desktop: 'Storybank desktop',
  web: 'the Storybank web bridge (npm run web)',
  cli: 'a Storybank command-line tool',
  test: 'a Storybank test process',
};

export function lockPathFor(bankPath: string): string {
  return `${bankPath}.lock`;
}

export function describeOwner(owner: LockOwner, here: string = hostname()): string {
  const since = new Date(owner.startedAt);
  const time = Number.isNaN(since.getTime()) ? 'an unknown time' : since.toTimeString().slice(0, 5);
  const host = owner.hostname === here ? '' : ` on ${owner.hostname}`;
  return `${APP_NAMES[owner.app] ?? 'another Storybank'}${host} (pid ${owner.pid}, since ${time})`;
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const raw = JSON.parse(text) as Partial<LockOwner>;
    if (
      typeof raw.pid === 'number' &&
      typeof raw.hostname === 'string' &&
      typeof raw.startedAt === 'string' &&
      typeof raw.token === 'string'
    ) {
      return {
        pid: raw.pid,
        hostname: raw.hostname,
        startedAt: raw.startedAt,
        app: (raw.app ?? 'desktop') as AppKind,
        token: raw.token,
      };
    }
  } catch {
    // Falls through: an unreadable lock.
  }
  return undefined;
}

/** Whether a process with this pid exists on this host. EPERM means it exists but is not ours. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoCode(error) === 'EPERM';
  }
}

// Locks held by this process, so a lock naming our own pid can be told apart from a leftover of an
// earlier run whose pid happens to be ours now.
const heldTokens = new Set<string>();

function isStale(owner: LockOwner | undefined, here: string): boolean {
  if (!owner) return true; // Never written completely: atomic creation means its writer died first.
  if (owner.hostname !== here) return false; // Cannot check another computer's processes.
  if (owner.pid === process.pid) return !heldTokens.has(owner.token);
  return !isProcessAlive(owner.pid);
}

export class BankLock {
  private released = false;
  private constructor(
    readonly path: string,
    readonly owner: LockOwner,
  ) {}

  /** Takes the lock for `bankPath`, recovering a stale one; throws a 'locked' ApiError naming the owner otherwise. */
  static async acquire(bankPath: string, app: AppKind, now: Date = new Date()): Promise<BankLock> {
    const path = lockPathFor(bankPath);
    const here = hostname();
    const owner: LockOwner = {
      pid: process.pid,
      hostname: here,
      startedAt: now.toISOString(),
      app,
      token: randomBytes(8).toString('hex'),
    };
    const body = JSON.stringify(owner);
    for (let attempt = 0; attempt < 5; attempt++) {
      if (await createExclusive(path, body)) {
        heldTokens.add(owner.token);
        return new BankLock(path, owner);
      }
      const text = await readFile(path, 'utf8').catch((error: unknown) =>
        errnoCode(error) === 'ENOENT' ? undefined : '',
      );
      if (text === undefined) continue; // Released meanwhile; try again.
      const current = parseOwner(text);
      if (!isStale(current, here)) {
        throw new ApiError(
          'locked',
          `This bank is open in ${describeOwner(current!, here)}. Close it there first, or open a different bank. ` +
            `(If that program is really gone, delete ${path}.)`,
        );
      }
      await takeOverStale(path, text);
    }
    throw new ApiError(
      'locked',
      `Storybank could not lock ${bankPath}: another program keeps taking the lock. Try again in a moment.`,
    );
  }

  /** Removes the lock if it is still ours. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    heldTokens.delete(this.owner.token);
    const text = await readFile(this.path, 'utf8').catch(() => undefined);
    if (text !== undefined && parseOwner(text)?.token === this.owner.token) await unlink(this.path).catch(() => {});
  }
}

async function createExclusive(path: string, body: string): Promise<boolean> {
  const temp = tempPathFor(path);
  await writeFile(temp, body, { flag: 'wx' });
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EEXIST') return false;
    // File systems without hard links (FAT, some network drives): exclusive create instead.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') {
      try {
        const handle = await open(path, 'wx');
        await handle.writeFile(body);
        await handle.close();
        return true;
      } catch (inner) {
        if (errnoCode(inner) === 'EEXIST') return false;
        throw inner;
      }
    }
    throw error;
  } finally {
    await unlink(temp).catch(() => {});
  }
}

/**
 * Moves a stale lock out of the way without deleting a fresh lock another process created in the
 * meantime: rename it aside, check it is the stale one we judged, and put it back if it is not.
 */
async function takeOverStale(path: string, staleText: string): Promise<void> {
  const aside = `${path}.stale-${randomBytes(4).toString('hex')}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return;
    throw error;
  }
  const moved = await readFile(aside, 'utf8').catch(() => staleText);
  if (moved !== staleText) await link(aside, path).catch(() => {});
  await unlink(aside).catch(() => {});
}
