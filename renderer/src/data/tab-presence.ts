// Which browser tabs (or windows) of Storybank are open, so each keeps its own edit journal and one tab never
// takes another open tab's unsaved text as "left over". A tab's id lives in its sessionStorage (kept across a
// reload of that tab); it holds a Web Lock named after the id for as long as the page lives, and the browser
// releases it when the tab closes or crashes, so the locks held are the tabs still open.
import { newId } from '#shared/domain/ids';

export interface TabPresence {
  /** This tab's id (stable across reloads of the same tab). */
  readonly id: string;
  /** The ids of the tabs open now, this one included; undefined when the browser cannot tell. */
  openTabs(): Promise<Set<string> | undefined>;
}

const LOCK_PREFIX = 'storybank-tab.';
const SESSION_KEY = 'storybank.tab-id';

interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable: boolean },
    callback: (lock: unknown) => Promise<void> | null,
  ): Promise<unknown>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

const lockManager = (): LockManagerLike | undefined =>
  (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;

function sessionStore(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Holds the lock for `id` for the page's life; false when another tab holds it (a duplicated tab). */
function holdLock(locks: LockManagerLike, id: string): Promise<boolean> {
  return new Promise((granted) => {
    // The request settles only when the page goes away: the lock is the tab's sign of life, so the
    // promise is deliberately left pending (a failure to get it reads as "not granted").
    locks
      .request(`${LOCK_PREFIX}${id}`, { ifAvailable: true }, (lock) => {
        granted(lock !== null);
        return lock === null ? null : new Promise<void>(() => undefined);
      })
      .catch(() => granted(false));
  });
}

/** This page's presence among Storybank's tabs (claims an id and its lock). */
export async function claimTab(): Promise<TabPresence> {
  const session = sessionStore();
  let id = session?.getItem(SESSION_KEY) ?? newId('tab');
  const locks = lockManager();
  // A duplicated tab copies sessionStorage, and with it the id: then it takes an id of its own.
  if (locks && !(await holdLock(locks, id))) {
    id = newId('tab');
    await holdLock(locks, id);
  }
  try {
    session?.setItem(SESSION_KEY, id);
  } catch {
    // No sessionStorage: a reload gets a new id, and its old journal is then taken as a closed tab's.
  }
  return {
    id,
    async openTabs() {
      if (!locks) return undefined;
      try {
        const { held = [] } = await locks.query();
        return new Set(
          held.flatMap((l) => (l.name?.startsWith(LOCK_PREFIX) ? [l.name.slice(LOCK_PREFIX.length)] : [])),
        );
      } catch {
        return undefined;
      }
    },
  };
}

let claimed: Promise<TabPresence> | undefined;

/** The page's one presence (claimed on first use). */
export function browserTabPresence(): Promise<TabPresence> {
  claimed ??= claimTab();
  return claimed;
}
