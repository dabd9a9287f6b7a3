// What the store tells the user about things that happened on their behalf (a damaged file moved
// aside, a bank upgraded, old trash purged). Shown by the UI via getNotices until dismissed.
import { randomBytes } from 'node:crypto';
import { formatLocalDateTime } from '#shared/format/date-time';

export type NoticeKind =
  'recovered' | 'restored-missing' | 'migrated' | 'purged' | 'backup-failed' | 'restored-backup' | 'unconfirmed-save';

export interface StoreNotice {
  id: string;
  kind: NoticeKind;
  severity: 'info' | 'warning' | 'error';
  message: string;
  at: string;
  bankPath: string;
  /** Where a damaged file was moved. */
  movedTo?: string;
  /** The backup the bank was restored from. */
  backupPath?: string;
}

export function notice(fields: Omit<StoreNotice, 'id' | 'at'>, now: Date = new Date()): StoreNotice {
  return { id: `notice_${randomBytes(6).toString('hex')}`, at: now.toISOString(), ...fields };
}

/** When something happened, for a notice: local date and time (shared/format). */
export const formatWhen = formatLocalDateTime;

/** "1 story", "3 stories": how many stories a notice speaks of. */
export const storyCount = (n: number): string => `${n} ${n === 1 ? 'story' : 'stories'}`;
