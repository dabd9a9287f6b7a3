// The list of recently opened bank files, kept in the data folder, with each bank's identity (so a
// damaged bank can still find its backups) and which one is the default bank. It is a
// convenience, not a document: if the file is damaged it is simply started over.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

export const RECENT_BANKS_FILE = 'recent-banks.json';
export const MAX_RECENT_BANKS = 10;

const RecentBanks = z.object({
  version: z.literal(1),
  banks: z
    .array(
      z.object({
        path: z.string().min(1).max(4_096),
        openedAt: z.string(),
        bankId: z.string().max(100).optional(),
        /** The default bank of the data folder: found by this flag even after the folder moved. */
        isDefault: z.boolean().optional(),
      }),
    )
    .max(100),
});
export type RecentBank = z.infer<typeof RecentBanks>['banks'][number];

export async function readRecentBanks(dataDir: string): Promise<RecentBank[]> {
  try {
    const parsed = RecentBanks.safeParse(JSON.parse(await readFile(join(dataDir, RECENT_BANKS_FILE), 'utf8')));
    return parsed.success ? parsed.data.banks : [];
  } catch {
    return [];
  }
}

/** Moves `bankPath` to the top of the list (most recent first). */
export async function rememberRecentBank(
  dataDir: string,
  bankPath: string,
  now: Date = new Date(),
  identity: { bankId?: string; isDefault?: boolean } = {},
): Promise<RecentBank[]> {
  const path = resolve(bankPath);
  const entry: RecentBank = { path, openedAt: now.toISOString(), ...identity };
  const banks = [
    entry,
    ...(await readRecentBanks(dataDir)).filter((b) => b.path !== path && !(identity.isDefault && b.isDefault)),
  ].slice(0, MAX_RECENT_BANKS);
  await writeFileAtomic(join(dataDir, RECENT_BANKS_FILE), JSON.stringify({ version: 1, banks }, null, 2));
  return banks;
}
