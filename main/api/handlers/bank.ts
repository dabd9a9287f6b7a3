// Bank-as-document handlers: snapshot, new/open/recent, backups, notices.
import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BankInfo } from '../../../shared/api/channels/bank';
import { ApiError } from '../../../shared/api/errors';
import type { BackupFile } from '../../store';
import { isInTrash } from '../../store/trash';
import type { HandlerContext } from '../context';
import type { HandlersFor } from '../handler-table';

const BANK_FILTERS = [{ name: 'Storybank bank', extensions: ['json'] }];

export function bankInfo(context: HandlerContext): BankInfo {
  const { banks } = context.services;
  const path = banks.path;
  if (!banks.isOpen) {
    let problem = 'No bank is open.';
    try {
      void banks.current;
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    return { path, name: basename(path), open: false, problem, storyCount: 0, trashCount: 0 };
  }
  const { stories } = banks.current.bank;
  const trashCount = stories.filter(isInTrash).length;
  return { path, name: basename(path), open: true, storyCount: stories.length - trashCount, trashCount };
}

const backupEntry = (b: BackupFile) => ({
  id: b.id,
  path: b.path,
  at: b.at.toISOString(),
  bytes: b.bytes,
  kind: b.kind,
});

async function pickPath(context: HandlerContext, given: string | undefined, kind: 'new' | 'open'): Promise<string> {
  const { native } = context;
  if (given) {
    // In the desktop app the renderer names no arbitrary file: paths come from the native dialog,
    // or from the recent list (banks the user chose there before). The web bridge has no dialog,
    // so there the user types the path.
    const hasDialog = kind === 'open' ? native.showOpenDialog : native.showSaveDialog;
    if (hasDialog && !(kind === 'open' && (await context.services.banks.isRecent(given))))
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

type BankChannel =
  | 'getBank'
  | 'currentBank'
  | 'newBank'
  | 'openBank'
  | 'listRecentBanks'
  | 'backupNow'
  | 'listBackups'
  | 'restoreBackup'
  | 'getNotices'
  | 'dismissNotice';

export const bankHandlers: HandlersFor<BankChannel> = {
  getBank: (_request, { services }) => services.banks.current.bank,
  currentBank: (_request, context) => bankInfo(context),
  newBank: async ({ path }, context) => {
    await context.services.banks.open(await pickPath(context, path, 'new'), 'new');
    return bankInfo(context);
  },
  openBank: async ({ path }, context) => {
    await context.services.banks.open(await pickPath(context, path, 'open'), 'existing');
    return bankInfo(context);
  },
  listRecentBanks: async (_request, { services }) => {
    const recent = await services.banks.recent();
    const banks = await Promise.all(
      recent.map(async (b) => ({
        path: b.path,
        name: basename(b.path),
        openedAt: b.openedAt,
        current: services.banks.isOpen && services.banks.path === b.path,
        exists: await access(b.path).then(
          () => true,
          () => false,
        ),
      })),
    );
    return { banks };
  },
  backupNow: async (_request, { services }) => backupEntry(await services.banks.current.backupNow()),
  listBackups: async (_request, { services }) => {
    const store = services.banks.current;
    return { backups: (await store.listBackups()).map(backupEntry), folder: store.backupFolder };
  },
  restoreBackup: async ({ id }, context) => {
    await context.services.banks.current.restoreBackup(id);
    return bankInfo(context);
  },
  getNotices: (_request, { services }) => ({ notices: services.banks.notices() }),
  dismissNotice: async ({ id }, { services }) => {
    await services.banks.dismiss(id);
    return { notices: services.banks.notices() };
  },
};
