// Issue #17 items 4, 5, 6, 8, 13, 14 and #14.16, each through the real file system and the
// session the app opens banks with.
import { spawn } from 'node:child_process';
import {
  closeSync,
  cpSync,
  ftruncateSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BankSession } from '../../../main/store/bank-session';
import { backupFolderFor, listBackups } from '../../../main/store/backups';
import { createStory, updateStory } from '../../../main/store/operations/stories';
import { nodeCommandFor } from './fixtures/bundle-script';
import { tempDir } from './helpers';

const sessions: BankSession[] = [];
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

async function start(dataDir: string, bankPath?: string): Promise<BankSession> {
  const session = new BankSession({ dataDir, app: 'test' });
  sessions.push(session);
  await session.start(bankPath);
  return session;
}

type RawBank = Record<string, unknown> & { bankId: string; stories: Record<string, unknown>[] };
const bankOf = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as RawBank;

describe('#14.16 backups on open', () => {
  it('writes a new backup only when the bank changed since the last one', async () => {
    const dir = tempDir();
    let session = await start(dir);
    await createStory(session.current, { title: 'Only once' });
    await session.close();
    for (let i = 0; i < 3; i++) {
      session = await start(dir);
      await session.current.flush();
      await session.close();
    }
    const folder = backupFolderFor(dir, bankOf(join(dir, 'storybank.json')).bankId);
    expect(await listBackups(folder)).toHaveLength(1);

    session = await start(dir);
    await createStory(session.current, { title: 'A change' });
    await session.close();
    session = await start(dir);
    await session.current.flush();
    expect(await listBackups(folder)).toHaveLength(2);
  });
});

describe('#17.5 backups follow the bank, not its path', () => {
  it('a bank damaged on the first start after its data folder moved is restored from its backups', async () => {
    const before = join(tempDir(), 'Storybank');
    let session = await start(before);
    await createStory(session.current, { title: 'Written before the move' });
    await session.close();
    session = await start(before); // The clean open makes the backup.
    await session.current.flush();
    await session.close();

    const after = join(tempDir(), 'Storybank-moved');
    cpSync(before, after, { recursive: true });
    writeFileSync(join(after, 'storybank.json'), Buffer.alloc(2_000)); // Zero-filled: nothing in it says whose it is.

    session = await start(after);
    expect(session.current.bank.stories.map((s) => s.title)).toEqual(['Written before the move']);
    expect(session.notices()[0].message).toMatch(/restored from the backup of/);
  });

  it('names the backup folder by the bank identity', async () => {
    const dir = tempDir();
    const session = await start(dir);
    await session.current.backupNow();
    expect(readdirSync(join(dir, 'backups'))).toEqual([session.current.bank.bankId]);
  });
});

describe('#17.6 a symlinked bank', () => {
  it('stays a link: saves go to the link target', async () => {
    const dir = tempDir();
    const synced = join(tempDir(), 'Dropbox');
    mkdirSync(synced);
    const target = join(synced, 'stories.json');
    const first = await start(dir);
    await first.open(target, 'new');
    await first.close();
    const link = join(dir, 'stories-link.json');
    symlinkSync(target, link);

    const session = await start(dir, link);
    await createStory(session.current, { title: 'Through the link' });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(bankOf(target).stories.map((s) => s['title'])).toEqual(['Through the link']);
  });
});

describe('#17.8 start-up failures become messages', () => {
  it('a bank over the size limit is refused at start without reading it', async () => {
    const dir = tempDir();
    const fd = openSync(join(dir, 'storybank.json'), 'w');
    ftruncateSync(fd, 2.5 * 1024 * 1024 * 1024);
    closeSync(fd);
    const session = await start(dir);
    expect(session.isOpen).toBe(false);
    expect(() => session.current).toThrow(/is 2,560 MB; a Storybank bank is at most 256 MB/);
  });

  it('a data folder that cannot be written (a file stands in its place) is reported, not thrown', async () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'Storybank'), 'not a folder');
    const session = await start(join(parent, 'Storybank'));
    expect(session.isOpen).toBe(false);
    expect(() => session.current).toThrow(/Storybank\/storybank\.json/);
  });
});

describe('#17.13 temp files left by a killed save', () => {
  let command: string[];
  beforeAll(async () => {
    command = await nodeCommandFor(join(__dirname, 'fixtures/story-writer.ts'));
  }, 60_000);

  it('are removed when the bank is next opened', async () => {
    const dir = tempDir();
    const path = join(dir, 'storybank.json');
    // Leftovers of two dead writers (in the bank's folder and its backup folder), as SIGKILL leaves them.
    const session = await start(dir);
    const folder = backupFolderFor(dir, session.current.bank.bankId);
    await session.current.backupNow();
    await session.close();
    writeFileSync(join(dir, '.storybank.json.999999.a1b2c3d4e5f6.tmp'), '{"schemaVersion": 2, "stories": [');
    writeFileSync(join(folder, '.backup-2026-01-01T00-00-00.000Z.json.999998.0a0b0c0d0e0f.tmp'), '{');
    writeFileSync(join(dir, 'unrelated.tmp'), 'not ours');

    // And a real one: a writer killed mid-stream.
    const child = spawn(process.execPath, [...command, path, dir, 'k'], { stdio: ['ignore', 'pipe', 'ignore'] });
    await new Promise<void>((resolve) => {
      let acks = 0;
      child.stdout.on('data', (d: Buffer) => {
        acks += (d.toString().match(/^ack /gm) ?? []).length;
        if (acks >= 20) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });

    // Opening queues a backup of the loaded bytes; its own temp file is in flight until the queue is idle.
    const reopened = await start(dir);
    await reopened.current.flush();
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual(['unrelated.tmp']);
    expect(readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('#17.14 fields this version does not know', () => {
  it('survive the next save, at the bank, in a story and in settings, and follow their story', async () => {
    const dir = tempDir();
    const path = join(dir, 'storybank.json');
    let session = await start(dir);
    const first = await createStory(session.current, { title: 'First' });
    const second = await createStory(session.current, { title: 'Second' });
    await session.close();

    // A newer minor version (or a person) added fields.
    const bank = bankOf(path);
    bank['coachNotes'] = { lastSession: '2026-11-02', streak: 4 };
    (bank['settings'] as Record<string, unknown>)['fontScale'] = 1.25;
    bank.stories[1]['mood'] = 'proud';
    bank.stories[1]['rehearsals'] = [];
    writeFileSync(path, JSON.stringify(bank, null, 2));

    session = await start(dir);
    const third = await createStory(session.current, { title: 'Third' });
    await updateStory(session.current, second.id, { result: 'Edited after the newer version wrote.' });
    await session.current.update(
      (b) => ({ ...b, stories: b.stories.filter((s) => s.id !== first.id) }),
      () => undefined,
    );
    const saved = bankOf(path);
    expect(saved['coachNotes']).toEqual({ lastSession: '2026-11-02', streak: 4 });
    expect((saved['settings'] as Record<string, unknown>)['fontScale']).toBe(1.25);
    expect(saved.stories.map((s) => [s['title'], s['mood']])).toEqual([
      ['Second', 'proud'],
      ['Third', undefined],
    ]);
    expect(saved.stories[0]['result']).toBe('Edited after the newer version wrote.');
    // The renderer never sees them (the schema is strict), and they do not leak into a new story.
    expect((session.current.bank as unknown as Record<string, unknown>)['coachNotes']).toBeUndefined();
    expect(third).not.toHaveProperty('mood');
  });
});

describe('#17.4 notices outlive the process', () => {
  it('a recovery notice is still there after a restart, until dismissed', async () => {
    const dir = tempDir();
    const path = join(dir, 'storybank.json');
    let session = await start(dir);
    await createStory(session.current, { title: 'Kept' });
    await session.close();
    writeFileSync(path, readFileSync(path).subarray(0, 40));

    session = await start(dir);
    const [recovered] = session.notices();
    expect(recovered.kind).toBe('recovered');
    await session.close();

    session = await start(dir);
    expect(session.notices().map((n) => n.id)).toEqual([recovered.id]);
    await session.dismiss(recovered.id);
    await session.close();
    session = await start(dir);
    expect(session.notices()).toEqual([]);
  });
});
