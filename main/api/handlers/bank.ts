// Bank-as-document handlers: snapshot, new/open/recent, backups, notices. The rules are in
// main/store/bank-documents.ts and the bank session.
import * as documents from '../../store/bank-documents';
import type { HandlersFor } from '../handler-table';
import type { bankChannels } from '#shared/api/channels/bank';

export const bankHandlers: HandlersFor<keyof typeof bankChannels> = {
  getBank: (_request, { services }) => services.banks.current.bank,
  currentBank: (_request, { services }) => documents.bankInfo(services.banks),
  newBank: ({ path }, { services, native }) => documents.switchBank(services.banks, native, path, 'new'),
  openBank: ({ path }, { services, native }) => documents.switchBank(services.banks, native, path, 'open'),
  listRecentBanks: async (_request, { services }) => ({ banks: await documents.recentBanks(services.banks) }),
  backupNow: async (_request, { services }) => documents.backupEntry(await services.banks.current.backupNow()),
  listBackups: (_request, { services }) => documents.listBackups(services.banks),
  restoreBackup: ({ id }, { services }) => documents.restoreBackup(services.banks, id),
  getNotices: (_request, { services }) => ({ notices: services.banks.notices() }),
  recoverDamagedBank: ({ noticeId, apply }, { services }) =>
    documents.recoverFromNotice(services.banks, noticeId, apply),
  dismissNotice: async ({ id }, { services }) => ({ notices: await documents.dismissNotice(services.banks, id) }),
};
