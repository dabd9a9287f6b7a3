// The bank as a document: which file is open (and why none is), choosing a file to create or open,
// the recent list, and backups as the API describes them.
import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BackupEntry, BankInfo, RecentBankEntry, RecoveryReport } from '#shared/api/channels/bank';
import { ApiError, errorMessage } from '#shared/api/errors';
import type { NativeShell } from '../api/context';
import type { BackupFile } from './backups';
import type { BankSession } from './bank-session';
import { recoverDamaged } from './salvage/recover-damaged';
import { isInTrash } from './trash';

const BANK_FILTERS = [{ name: 'Storybank bank', extensions: ['json'] }];

export function bankInfo(banks: BankSession): BankInfo {
  const path = banks.path;
  if (!banks.isOpen) {
    let problem = 'No bank is open.';
    try {
      void banks.current;
    } catch (error) {
      problem = errorMessage(error);
    }
    return { path, name: basename(path), open: false, problem, storyCount: 0, trashCount: 0 };
  }
  const { stories } = banks.current.bank;
  const trashCount = stories.filter(isInTrash).length;
  return { path, name: basename(path), open: true, storyCount: stories.length - trashCount, trashCount };
}

export const backupEntry = (b: BackupFile): BackupEntry => ({
  id: b.id,
  path: b.path,
  at: b.at.toISOString(),
  bytes: b.bytes,
  kind: b.kind,
});

/** The file to create or open: the given path (desktop: only one from the recent list), or the user's pick. */
async function pickPath(
  banks: BankSession,
  native: NativeShell,
  given: string | undefined,
  kind: 'new' | 'open',
): Promise<string> {
  if (given) {
    // In the desktop app the renderer names no arbitrary file: paths come from the native dialog,
    // or from the recent list (banks the user chose there before). The web bridge has no dialog,
    // so there the user types the path.
    const hasDialog = kind === 'open' ? native.showOpenDialog : native.showSaveDialog;
    if (hasDialog && !(kind === 'open' && (await banks.isRecent(given))))
      throw new ApiError('invalid-request', 'Choose the bank file in the file dialog (File ▸ Open).');
    return given;
  }
  const picked =
    kind === 'open'
      ? await native.showOpenDialog?.({ title: 'Open a Storybank bank', filters: BANK_FILTERS })
      : await native.showSaveDialog?.({
          title: 'New Storybank bank',
          defaultName: 'storybank.json',
          filters: BANK_FILTERS,
        });
  if (picked) return picked;
  if (kind === 'open' ? native.showOpenDialog : native.showSaveDialog)
    throw new ApiError('cancelled', 'No file was chosen.');
  throw new ApiError('invalid-request', 'Type the full path of the bank file: this window cannot show a file dialog.');
}

/** Creates a new empty bank (`kind` 'new') or opens one ('open'), switches to it, and describes it. */
export async function switchBank(
  banks: BankSession,
  native: NativeShell,
  given: string | undefined,
  kind: 'new' | 'open',
): Promise<BankInfo> {
  await banks.open(await pickPath(banks, native, given, kind), kind === 'new' ? 'new' : 'existing');
  return bankInfo(banks);
}

export async function recentBanks(banks: BankSession): Promise<RecentBankEntry[]> {
  const recent = await banks.recent();
  return Promise.all(
    recent.map(async (b) => ({
      path: b.path,
      name: basename(b.path),
      openedAt: b.openedAt,
      current: banks.isOpen && banks.path === b.path,
      exists: await access(b.path).then(
        () => true,
        () => false,
      ),
    })),
  );
}

export async function listBackups(banks: BankSession): Promise<{ backups: BackupEntry[]; folder: string }> {
  const store = banks.current;
  return { backups: (await store.listBackups()).map(backupEntry), folder: store.backupFolder };
}

export async function restoreBackup(banks: BankSession, id: string): Promise<BankInfo> {
  await banks.current.restoreBackup(id);
  return bankInfo(banks);
}

export async function dismissNotice(banks: BankSession, id: string) {
  await banks.dismiss(id);
  return banks.notices();
}

/**
 * What the damaged file a notice names still holds, or adds it to the bank (see salvage/). The
 * renderer names a notice, never a path: only a file the store itself moved aside is read.
 */
export async function recoverFromNotice(banks: BankSession, noticeId: string, apply: boolean): Promise<RecoveryReport> {
  const found = banks.notice(noticeId);
  if (!found?.movedTo)
    throw new ApiError('not-found', 'That notice is gone or names no moved file; there is nothing to recover.');
  return recoverDamaged(banks.current, found.movedTo, apply);
}
