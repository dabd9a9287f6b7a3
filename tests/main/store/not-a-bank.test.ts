// #17.1 / #17.8: opening a file that is not a bank leaves it exactly as it was. Nothing is renamed,
// nothing written in its place, no lock file left beside it, and the message says what happened.
// Through the API (openBank), as the web bridge and the desktop app call it.
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { ftruncateSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeApis, openApi } from '../api-harness';
import { tempDir } from './helpers';

afterEach(closeApis);

/** A file's identity for "untouched": its bytes (hashed, read in full), size, mode and change time. */
function fingerprint(path: string): string {
  const info = statSync(path);
  if (!info.isFile()) return `${info.mode}:${info.isDirectory() ? readdirSync(path).join('|') : 'special'}`;
  const bytes = info.size > 64 * 1024 * 1024 ? Buffer.from('sparse') : readFileSync(path);
  return `${info.mode}:${info.size}:${info.mtimeMs}:${createHash('sha256').update(bytes).digest('hex')}`;
}

const CASES: [string, (dir: string) => string, RegExp][] = [
  [
    'a plain text file',
    (dir) => {
      writeFileSync(join(dir, 'notes.txt'), 'Call the recruiter on Monday.\nBring the portfolio.\n');
      return join(dir, 'notes.txt');
    },
    /notes\.txt is not a Storybank bank.*not changed/,
  ],
  [
    'a JSON todo list',
    (dir) => {
      writeFileSync(join(dir, 'todo.json'), JSON.stringify([{ task: 'Buy milk', done: false }], null, 2));
      return join(dir, 'todo.json');
    },
    /todo\.json is not a Storybank bank.*not changed/,
  ],
  [
    'a JSON object with a stories array (a Storybook config)',
    (dir) => {
      const config = { stories: ['../src/**/*.stories.tsx'], addons: ['@storybook/addon-essentials'] };
      writeFileSync(join(dir, 'main.json'), JSON.stringify(config, null, 2));
      return join(dir, 'main.json');
    },
    /main\.json is not a Storybank bank.*not changed/,
  ],
  [
    'a directory',
    (dir) => {
      mkdirSync(join(dir, 'folder.json'));
      writeFileSync(join(dir, 'folder.json', 'inside.txt'), 'hello');
      return join(dir, 'folder.json');
    },
    /is a folder, not a bank file/,
  ],
  ['/dev/zero', () => '/dev/zero', /not a regular file.*not changed/],
  [
    'a 3 GB sparse file',
    (dir) => {
      const path = join(dir, 'huge.json');
      const fd = openSync(path, 'w');
      ftruncateSync(fd, 3 * 1024 * 1024 * 1024);
      closeSync(fd);
      return path;
    },
    /huge\.json is 3,072 MB; a Storybank bank is at most 256 MB.*not changed/,
  ],
];

describe('opening a file that is not a bank', () => {
  for (const [what, make, message] of CASES) {
    it(`refuses ${what} and leaves it byte-identical`, async () => {
      const dir = tempDir();
      const path = make(dir);
      const before = fingerprint(path);
      const folder = path.startsWith(dir) ? dir : undefined;
      const namesBefore = folder ? readdirSync(folder).sort() : [];
      // A lock left beside a device by an older build (which created one) is not ours to judge.
      const lockBefore = existsSync(`${path}.lock`);
      const { call } = await openApi({ dataDir: tempDir() });

      await expect(call('openBank', { path })).rejects.toMatchObject({ message: expect.stringMatching(message) });

      expect(fingerprint(path)).toBe(before);
      if (folder) expect(readdirSync(folder).sort()).toEqual(namesBefore);
      expect(existsSync(`${path}.lock`)).toBe(lockBefore);
      // The bank that was open stays open.
      expect((await call('currentBank', {})).open).toBe(true);
    });
  }

  it('still treats a bank that carries its own marker but is cut short as a damaged bank', async () => {
    const dir = tempDir();
    const path = join(dir, 'synced-bank.json');
    writeFileSync(path, '{\n  "schemaVersion": 2,\n  "bankId": "bank_abc",\n  "stories": [');
    const bytes = readFileSync(path);
    const { call } = await openApi({ dataDir: tempDir() });
    const info = await call('openBank', { path });
    expect(info.open).toBe(true);
    const [recovered] = (await call('getNotices', {})).notices;
    expect(recovered.kind).toBe('recovered');
    expect(readFileSync(recovered.movedTo!)).toEqual(bytes);
  });

  it('in the desktop app, takes a path only from the dialog or the recent list', async () => {
    const dir = tempDir();
    const chosen = join(dir, 'chosen.json');
    const { call } = await openApi({
      dataDir: tempDir(),
      native: { showOpenDialog: async () => chosen, showSaveDialog: async () => chosen },
    });
    await call('newBank', {});
    const other = join(dir, 'other.json');
    writeFileSync(other, readFileSync(chosen));
    await expect(call('openBank', { path: other })).rejects.toMatchObject({
      message: expect.stringMatching(/Choose the bank file in the file dialog/),
    });
    await expect(call('newBank', { path: join(dir, 'new.json') })).rejects.toMatchObject({ code: 'invalid-request' });
    // A bank on the recent list may be reopened by path (the File ▸ Open Recent menu).
    expect((await call('openBank', { path: chosen })).path).toBe(chosen);
  });
});
