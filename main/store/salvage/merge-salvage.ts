// Adding what a damaged file still holds to the current bank, without overwriting or losing
// anything. Items are matched by id (projects by name): an item the bank already has is left as it
// is. A story the bank has in another version is added as a copy when the file's version is newer
// (it holds edits made after the backup the bank came from), and skipped when it is older.
import type { Bank, Story } from '#shared/domain/schemas';
import { newId } from '#shared/domain/ids';
import { LIMITS } from '#shared/domain/limits';
import { SALVAGED_LISTS, type Salvage, type SalvagedList } from './salvage-bank';

export interface ListMerge {
  /** Items the file holds that could be read. */
  found: number;
  /** Items to be added (new ones, and newer versions added as copies). */
  added: number;
  /** Items the bank already has exactly (or in a newer version). */
  alreadyThere: number;
}

export interface SalvageMerge {
  bank: Bank;
  lists: Record<SalvagedList, ListMerge>;
  /** Stories added as copies because the bank has an older version of them. */
  copies: number;
  /** Titles of the stories that would be added. */
  addedTitles: string[];
}

const keyOf = (list: SalvagedList, item: unknown): string =>
  list === 'projects' ? (item as { name: string }).name.toLowerCase() : (item as { id: string }).id;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const COPY_SUFFIX = ' (recovered)';

/**
 * A story's content apart from its id, times and a copy's title mark: how an earlier recovery's
 * copy (or a story whose id or times had to be remade) is recognised as already there.
 */
const fingerprint = (story: Story) =>
  JSON.stringify({
    ...story,
    id: '',
    createdAt: '',
    updatedAt: '',
    title: story.title.endsWith(COPY_SUFFIX) ? story.title.slice(0, -COPY_SUFFIX.length) : story.title,
  });

function asCopy(story: Story, now: Date): Story {
  const suffix = COPY_SUFFIX;
  const title = `${story.title.slice(0, LIMITS.shortText - suffix.length)}${suffix}`;
  return { ...story, id: newId('story', now.getTime()), title };
}

/** The bank with the salvaged items added (a new object; `bank` is not edited), and what was added. */
export function mergeSalvage(bank: Bank, salvage: Salvage, now: Date = new Date()): SalvageMerge {
  const next: Record<string, unknown[]> = {};
  const lists = {} as Record<SalvagedList, ListMerge>;
  const addedTitles: string[] = [];
  let copies = 0;
  for (const list of SALVAGED_LISTS) {
    const current = bank[list] as readonly unknown[];
    const byKey = new Map(current.map((item) => [keyOf(list, item), item]));
    const held = list === 'stories' ? new Set((current as Story[]).map(fingerprint)) : new Set<string>();
    const added: unknown[] = [];
    let alreadyThere = 0;
    for (const item of salvage.items[list] as unknown[]) {
      const key = keyOf(list, item);
      const known = byKey.get(key);
      if (list === 'stories' && held.has(fingerprint(item as Story))) alreadyThere++;
      else if (known === undefined) {
        byKey.set(key, item);
        added.push(item);
      } else if (list === 'stories' && !same(known, item) && (item as Story).updatedAt > (known as Story).updatedAt) {
        added.push(asCopy(item as Story, now));
        copies++;
      } else alreadyThere++;
    }
    if (list === 'stories') for (const story of added as Story[]) addedTitles.push(story.title || 'Untitled story');
    lists[list] = { found: salvage.items[list].length, added: added.length, alreadyThere };
    next[list] = added.length > 0 ? [...current, ...added] : (current as unknown[]);
  }
  return { bank: { ...bank, ...(next as Partial<Bank>) }, lists, copies, addedTitles };
}
