// Damaged bank files are moved aside (never overwritten) and the bank is restored from the newest
// good backup, with a notice saying what happened and where the file went. A bank from a newer
// Storybank is refused and left byte-for-byte alone. Opening goes through the session, as the app
// does: it knows the default bank's identity (from the recent list) when the file no longer says it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '#shared/domain/schemas';
import { backupFolderFor, listBackups } from '../../../main/store/backups';
import { BankSession } from '../../../main/store/bank-session';
import { openBankFile } from '../../../main/store/open-bank-file';
import { createStory } from '../../../main/store/operations/stories';
import { tempDir } from './helpers';

const sessions: BankSession[] = [];
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

/** Opens the default bank of `dir` the way the app does at start. */
async function openDefault(dir: string) {
  const session = new BankSession({ dataDir: dir, app: 'test' });
  sessions.push(session);
  await session.start();
  return session.current;
}

async function bankWithBackup(titles: string[]) {
  const dir = tempDir();
  const path = join(dir, 'storybank.json');
  const store = await openDefault(dir);
  for (const title of titles) await createStory(store, { title, situation: `About ${title}` });
  await store.close();
  // Re-opening a clean file makes the rolling backup.
  const again = await openDefault(dir);
  await again.close();
  const bankId = (JSON.parse(readFileSync(path, 'utf8')) as { bankId: string }).bankId;
  return { dir, path, bankId };
}

const valid = readFileSync.bind(null);

const DAMAGE: [string, (path: string) => void, RegExp][] = [
  ['empty', (p) => writeFileSync(p, ''), /it was empty/],
  ['whitespace only', (p) => writeFileSync(p, '  \n\n'), /it was empty/],
  ['truncated', (p) => writeFileSync(p, valid(p).subarray(0, Math.floor(valid(p).length / 2))), /not complete JSON/],
  ['zero-filled', (p) => writeFileSync(p, Buffer.alloc(valid(p).length)), /zero bytes/],
  ['corrupt bytes', (p) => writeFileSync(p, Buffer.from([0xff, 0xfe, 0x7b, 0x80, 0x81, 0x22])), /not text/],
  ['not a bank', (p) => writeFileSync(p, '{"hello": "world"}'), /not a Storybank bank/],
  [
    'schema-invalid',
    (p) => {
      const bank = JSON.parse(valid(p, 'utf8'));
      bank.stories[0].status = 'maybe';
      writeFileSync(p, JSON.stringify(bank));
    },
    /some of its data is invalid/,
  ],
];

describe('opening a damaged bank', () => {
  for (const [kind, damage, words] of DAMAGE) {
    it(`moves a ${kind} file aside and restores the newest backup`, async () => {
      const { dir, path } = await bankWithBackup(['Feature store migration', 'Latency incident']);
      damage(path);
      const damagedBytes = readFileSync(path);

      const store = await openDefault(dir);
      expect(store.bank.stories.map((s) => s.title)).toEqual(['Feature store migration', 'Latency incident']);
      const [recovered] = store.notices;
      expect(recovered.kind).toBe('recovered');
      expect(recovered.message).toMatch(words);
      expect(recovered.message).toContain(recovered.movedTo!);
      expect(recovered.message).toMatch(/restored from the backup of/);
      // The damaged file is kept, unchanged, where the notice says.
      expect(readFileSync(recovered.movedTo!)).toEqual(damagedBytes);
      expect(readdirSync(dir).filter((n) => n.includes('.damaged-'))).toHaveLength(1);
      await store.close();
      // And the bank on disk is good again.
      const reopened = await openBankFile({ path, dataDir: dir, app: 'test', mode: 'existing' });
      expect(reopened.notices).toEqual([]);
      expect(reopened.bank.stories).toHaveLength(2);
      await reopened.close();
    });
  }

  it('counts the restored stories in words that agree with the number ("1 story", not "1 stories")', async () => {
    const { dir, path } = await bankWithBackup(['Latency incident']);
    writeFileSync(path, '{"schemaVersion": 1, "stories": [');
    const store = await openDefault(dir);
    const [recovered] = store.notices;
    expect(recovered.message).toMatch(/restored from the backup of .* \(1 story\)/);
    expect(recovered.message).not.toContain('1 stories');
    await store.close();
  });

  it('starts an empty bank, and says so, when there is no backup', async () => {
    const dir = tempDir();
    const path = join(dir, 'storybank.json');
    writeFileSync(path, '{"schemaVersion": 1, "stories": [');
    const store = await openBankFile({ path, dataDir: dir, app: 'test', mode: 'default' });
    expect(store.bank.stories).toEqual([]);
    expect(store.notices[0].message).toMatch(/no backup to restore/);
    expect(existsSync(store.notices[0].movedTo!)).toBe(true);
    await store.close();
  });

  it('skips a damaged backup and restores the newest good one', async () => {
    const { dir, path, bankId } = await bankWithBackup(['Only story']);
    const folder = backupFolderFor(dir, bankId);
    const [newest] = await listBackups(folder);
    // A newer, broken backup (say, the disk failed while writing it).
    writeFileSync(
      join(
        folder,
        newest.id
          .replace(/\d{3}Z/, (m) => `${String(Number(m.slice(0, 3)) + 1).padStart(3, '0')}Z`)
          .replace('.json', '-9.json'),
      ),
      '{"trunc',
    );
    writeFileSync(path, '');
    const store = await openDefault(dir);
    expect(store.bank.stories.map((s) => s.title)).toEqual(['Only story']);
    await store.close();
  });

  it('restores a missing default bank from its backup', async () => {
    const { dir, path } = await bankWithBackup(['Kept safe']);
    const { unlinkSync } = await import('node:fs');
    unlinkSync(path);
    const store = await openDefault(dir);
    expect(store.bank.stories.map((s) => s.title)).toEqual(['Kept safe']);
    expect(store.notices[0].kind).toBe('restored-missing');
    await store.close();
  });
});

describe('a bank from a newer Storybank', () => {
  it('is refused with a clear message and left byte-for-byte untouched', async () => {
    const { dir, path } = await bankWithBackup(['From the future']);
    const bank = JSON.parse(readFileSync(path, 'utf8'));
    bank.schemaVersion = SCHEMA_VERSION + 1;
    bank.somethingNew = { fancy: true };
    writeFileSync(path, JSON.stringify(bank));
    const before = readFileSync(path);
    const namesBefore = readdirSync(dir).sort();

    await expect(openBankFile({ path, dataDir: dir, app: 'test', mode: 'default' })).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringMatching(/newer version of Storybank.*Update Storybank.*not changed/),
    });
    expect(readFileSync(path)).toEqual(before);
    // Nothing moved aside, and the lock was released.
    expect(readdirSync(dir).sort()).toEqual(namesBefore);
  });
});
