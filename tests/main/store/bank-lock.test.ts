// One writer per bank: a second process is refused with a message naming the first; once the
// first is killed, its stale lock is taken over.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BankLock, lockPathFor } from '../../../main/store/bank-lock';
import { openBankFile } from '../../../main/store/open-bank-file';
import { nodeCommandFor } from './fixtures/bundle-script';
import { tempDir } from './helpers';

let command: string[];
const children: ChildProcess[] = [];
beforeAll(async () => {
  command = await nodeCommandFor(join(__dirname, 'fixtures/bank-holder.ts'));
}, 60_000);
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

function holdBank(bankPath: string, dataDir: string): Promise<{ child: ChildProcess; pid: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...command, bankPath, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    child.on('error', reject);
    child.stdout!.on('data', (d: Buffer) => {
      const match = /ready (\d+)/.exec(d.toString());
      if (match) resolve({ child, pid: Number(match[1]) });
    });
  });
}

describe('the bank lock', () => {
  it('refuses a second process, naming the first, and recovers the lock once the first is killed', async () => {
    const dir = tempDir();
    const path = join(dir, 'storybank.json');
    const { child, pid } = await holdBank(path, dir);

    const refused = openBankFile({ path, dataDir: dir, app: 'web', mode: 'default' });
    await expect(refused).rejects.toMatchObject({ code: 'locked' });
    const message = (await refused.catch((e: Error) => e)) as Error;
    expect(message.message).toMatch(new RegExp(`open in Storybank desktop \\(pid ${pid}, since \\d\\d:\\d\\d\\)`));
    expect(message.message).toMatch(/Close it there first/);

    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('close', resolve));
    expect(existsSync(lockPathFor(path))).toBe(true); // A killed process cannot clean up.

    const store = await openBankFile({ path, dataDir: dir, app: 'web', mode: 'default' });
    const owner = JSON.parse(readFileSync(lockPathFor(path), 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, hostname: hostname(), app: 'web' });
    await store.close();
    expect(existsSync(lockPathFor(path))).toBe(false);
  });

  it('refuses a second store in the same process', async () => {
    const dir = tempDir();
    const path = join(dir, 'storybank.json');
    const first = await openBankFile({ path, dataDir: dir, app: 'desktop', mode: 'default' });
    await expect(openBankFile({ path, dataDir: dir, app: 'desktop', mode: 'default' })).rejects.toMatchObject({
      code: 'locked',
    });
    await first.close();
  });

  it('takes over a lock left by a dead process, a half-written lock, and an earlier run with our pid', async () => {
    const dir = tempDir();
    const path = join(dir, 'bank.json');
    const stale = [
      JSON.stringify({
        pid: 2 ** 22 + 12345,
        hostname: hostname(),
        startedAt: new Date().toISOString(),
        app: 'desktop',
        token: 'dead',
      }),
      '',
      JSON.stringify({
        pid: process.pid,
        hostname: hostname(),
        startedAt: new Date().toISOString(),
        app: 'desktop',
        token: 'earlier-boot',
      }),
    ];
    for (const text of stale) {
      writeFileSync(lockPathFor(path), text);
      const lock = await BankLock.acquire(path, 'test');
      expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8')).token).toBe(lock.owner.token);
      await lock.release();
    }
  });

  it('does not take over a lock from another computer, and says which', async () => {
    const dir = tempDir();
    const path = join(dir, 'bank.json');
    writeFileSync(
      lockPathFor(path),
      JSON.stringify({
        pid: 1,
        hostname: 'laptop-at-home',
        startedAt: new Date().toISOString(),
        app: 'desktop',
        token: 'x',
      }),
    );
    await expect(BankLock.acquire(path, 'test')).rejects.toThrow(/Storybank desktop on laptop-at-home \(pid 1/);
  });
});
