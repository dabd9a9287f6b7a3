// Recovering what a damaged bank file (moved aside when the bank was opened) still holds: read it
// piece by piece, compare it with the open bank, and on request add what the bank lacks. The file
// itself is only read, never changed, so recovering twice adds nothing the second time.
import { basename } from 'node:path';
import type { RecoveryReport } from '#shared/api/channels/bank';
import { ApiError } from '#shared/api/errors';
import type { BankStore } from '../bank-store';
import { readBankBytes } from '../read-bank-bytes';
import { mergeSalvage, type SalvageMerge } from './merge-salvage';
import { countOf, SALVAGED_LISTS, salvageBank, type Salvage } from './salvage-bank';

const MAX_TITLES = 50;

function listWords(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The report's plain sentence: what the file holds, and what recovering adds (or added). */
export function describeRecovery(merge: SalvageMerge, file: string, applied: boolean): string {
  const found = SALVAGED_LISTS.filter((l) => merge.lists[l].found > 0).map((l) => countOf(merge.lists[l].found, l));
  const added = SALVAGED_LISTS.filter((l) => merge.lists[l].added > 0).map((l) => countOf(merge.lists[l].added, l));
  const name = basename(file);
  if (found.length === 0) return `Nothing in ${name} could be read, so there is nothing to recover.`;
  const holds = `${name} still holds ${listWords(found)}.`;
  if (added.length === 0) return `${holds} Your bank already has all of it, so there is nothing to add.`;
  const copies =
    merge.copies > 0
      ? ` (${merge.copies === 1 ? 'one is a newer version of a story you have, added' : `${merge.copies} are newer versions of stories you have, added`} as a copy marked “(recovered)”)`
      : '';
  return applied
    ? `${holds} Added to your bank: ${listWords(added)}${copies}. Nothing in your bank was changed or removed.`
    : `${holds} Recovering adds ${listWords(added)}${copies} to your bank; nothing in it is changed or removed.`;
}

function report(merge: SalvageMerge, salvage: Salvage, file: string, applied: boolean, bankId: string): RecoveryReport {
  const problems = [...salvage.problems];
  if (salvage.bankId && salvage.bankId !== bankId)
    problems.unshift(
      'This file was saved as a different bank than the one open now; its items are added all the same.',
    );
  return {
    file,
    summary: describeRecovery(merge, file, applied),
    lists: SALVAGED_LISTS.map((list) => ({ list, ...merge.lists[list] })),
    toAdd: SALVAGED_LISTS.reduce((n, l) => n + merge.lists[l].added, 0),
    addedTitles: merge.addedTitles.slice(0, MAX_TITLES),
    problems,
    applied,
  };
}

/**
 * What the damaged file at `file` holds against the open bank; with `apply`, adds it (one save).
 * Throws a plain ApiError when the file is gone or cannot be read.
 */
export async function recoverDamaged(store: BankStore, file: string, apply: boolean): Promise<RecoveryReport> {
  const bytes = await readBankBytes(file);
  if (!bytes)
    throw new ApiError(
      'not-found',
      `The moved file ${file} is no longer there, so nothing can be recovered from it. If you moved it, open it from its new place with Import.`,
    );
  const salvage = salvageBank(bytes);
  if (!apply) return report(mergeSalvage(store.bank, salvage), salvage, file, false, store.bank.bankId);
  let merge: SalvageMerge | undefined;
  await store.update(
    (bank, now) => {
      merge = mergeSalvage(bank, salvage, now);
      return SALVAGED_LISTS.some((l) => merge!.lists[l].added > 0) ? merge.bank : bank;
    },
    () => undefined,
  );
  return report(merge!, salvage, file, true, store.bank.bankId);
}
