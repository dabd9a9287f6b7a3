// The bank as a document: the whole snapshot, which file is open, new/open/recent, backups, and
// the notices the store leaves for the user (a damaged file moved aside, an upgrade, a purge).
import { z } from 'zod';
import { channel } from '../channel';
import { Bank } from '../../domain/schemas';

export const BankInfo = z.object({
  path: z.string(),
  name: z.string(),
  /** False when no bank could be opened; `problem` then says why. */
  open: z.boolean(),
  problem: z.string().optional(),
  storyCount: z.number().int(),
  trashCount: z.number().int(),
});
export type BankInfo = z.infer<typeof BankInfo>;

export const RecentBankEntry = z.object({
  path: z.string(),
  name: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
  current: z.boolean(),
});
export type RecentBankEntry = z.infer<typeof RecentBankEntry>;

export const BackupEntry = z.object({
  id: z.string(),
  path: z.string(),
  at: z.string(),
  bytes: z.number().int(),
  kind: z.enum(['rolling', 'pre-migration']),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

export const Notice = z.object({
  id: z.string(),
  kind: z.enum([
    'recovered',
    'restored-missing',
    'migrated',
    'purged',
    'backup-failed',
    'restored-backup',
    'unconfirmed-save',
  ]),
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  at: z.string(),
  bankPath: z.string(),
  movedTo: z.string().optional(),
  backupPath: z.string().optional(),
});
export type Notice = z.infer<typeof Notice>;

const BankPath = z.string().min(1).max(4_096);

/** What a damaged file moved aside still holds, per list, against the bank that is open now. */
export const RecoveryReport = z.object({
  /** The moved-aside file that was read. */
  file: z.string(),
  /** One plain sentence: what the file holds and what recovering adds. */
  summary: z.string(),
  lists: z.array(
    z.object({
      list: z.enum(['stories', 'loops', 'questions', 'interviews', 'projects', 'stages', 'frameworks']),
      found: z.number().int(),
      added: z.number().int(),
      alreadyThere: z.number().int(),
    }),
  ),
  /** How many items recovering adds (0: nothing to do). */
  toAdd: z.number().int(),
  /** Titles of the stories it adds (the first 50). */
  addedTitles: z.array(z.string()),
  /** What was repaired or could not be recovered, in plain words. */
  problems: z.array(z.string()),
  /** True once the items were added to the bank. */
  applied: z.boolean(),
});
export type RecoveryReport = z.infer<typeof RecoveryReport>;

export const bankChannels = {
  /** The whole bank, for views that need everything (coverage, loops, practice). */
  getBank: channel(z.object({}).strict(), Bank),
  currentBank: channel(z.object({}).strict(), BankInfo),
  /** Creates a new empty bank file and switches to it. Without `path`, the desktop app asks with a save dialog. */
  newBank: channel(z.object({ path: BankPath.optional() }).strict(), BankInfo),
  /** Opens a bank file and switches to it. Without `path`, the desktop app asks with an open dialog. */
  openBank: channel(z.object({ path: BankPath.optional() }).strict(), BankInfo),
  listRecentBanks: channel(z.object({}).strict(), z.object({ banks: z.array(RecentBankEntry) })),
  backupNow: channel(z.object({}).strict(), BackupEntry),
  listBackups: channel(z.object({}).strict(), z.object({ backups: z.array(BackupEntry), folder: z.string() })),
  /** Replaces the bank with a backup (the bank as it was is backed up first). */
  restoreBackup: channel(z.object({ id: z.string().min(1).max(200) }).strict(), BankInfo),
  getNotices: channel(z.object({}).strict(), z.object({ notices: z.array(Notice) })),
  /**
   * For a notice about a damaged file moved aside: what that file still holds and what recovering
   * it would add (`apply: false`), or adds it to the bank, never overwriting anything (`apply: true`).
   */
  recoverDamagedBank: channel(
    z.object({ noticeId: z.string().min(1).max(100), apply: z.boolean() }).strict(),
    RecoveryReport,
  ),
  dismissNotice: channel(z.object({ id: z.string().min(1).max(100) }).strict(), z.object({ notices: z.array(Notice) })),
};
