// A save that fails on disk (full disk, read-only folder, a folder that vanished) leaves memory and
// disk exactly as they were and explains what happened.
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PathLike } from 'node:fs';
import { realWriteFs, type WriteFs } from '../../../main/store/atomic-write';
import { openBankFile } from '../../../main/store/open-bank-file';
import { createStory, updateStory } from '../../../main/store/operations/stories';
import { tempDir } from './helpers';

function failingFs(code: string, at: 'write' | 'sync' | 'rename'): WriteFs & { armed: boolean } {
  const fs = {
    armed: false,
    rename: async (from: PathLike, to: PathLike) => {
      if (fs.armed && at === 'rename') throw Object.assign(new Error(`${code}: rename`), { code });
      return realWriteFs.rename(from, to);
    },
    unlink: realWriteFs.unlink,
    open: (async (path: PathLike, flags?: string, mode?: number) => {
      const handle = await realWriteFs.open(path, flags, mode);
      if (!fs.armed || !flags?.startsWith('w')) return handle;
      const fail = () => Promise.reject(Object.assign(new Error(`${code}: ${at}`), { code }));
      return new Proxy(handle, {
        get(target, prop) {
          if (prop === 'writeFile' && at === 'write')
            return async (data: string) => {
              await target.writeFile(data.slice(0, 10)); // Part of the data reaches the temp file first.
              return fail();
            };
          if (prop === 'sync' && at === 'sync') return fail;
          const value = Reflect.get(target, prop) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    }) as WriteFs['open'],
  };
  return fs;
}

const CASES: [string, 'write' | 'sync' | 'rename', RegExp][] = [
  [
    'ENOSPC',
    'write',
    /the disk is full\. Free some space; your last change is still on screen and nothing on disk was changed/,
  ],
  ['EROFS', 'rename', /not allowed to write to .*read-only/],
  ['EIO', 'sync', /could not save \(EIO: sync\)/],
];

describe('a failing disk write', () => {
  for (const [code, at, message] of CASES) {
    it(`(${code} during ${at}) leaves memory and disk unchanged, with a clear error`, async () => {
      const dir = tempDir();
      const path = join(dir, 'storybank.json');
      const fs = failingFs(code, at);
      const store = await openBankFile({ path, dataDir: dir, app: 'test', mode: 'default', fs });
      const story = await createStory(store, { title: 'Before the failure', situation: 'Original text' });
      await store.flush();
      const diskBefore = readFileSync(path);
      const memoryBefore = store.bank;

      fs.armed = true;
      await expect(updateStory(store, story.id, { situation: 'Edited text' })).rejects.toThrow(message);
      await expect(createStory(store, { title: 'Never saved' })).rejects.toMatchObject({ code: 'io-error' });

      expect(store.bank).toBe(memoryBefore);
      expect(readFileSync(path)).toEqual(diskBefore);
      // No temp files left behind.
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);

      // Once the disk recovers, saving works again.
      fs.armed = false;
      const saved = await updateStory(store, story.id, { situation: 'Edited text' });
      expect(JSON.parse(readFileSync(path, 'utf8')).stories[0]).toEqual(saved);
      await store.close();
    });
  }

  it('on a real folder that vanished (a file now stands in its place) keeps memory and explains', async () => {
    const root = tempDir();
    const dir = join(root, 'synced');
    const path = join(dir, 'storybank.json');
    const store = await openBankFile({ path, dataDir: root, app: 'test', mode: 'new' });
    await createStory(store, { title: 'Kept in memory' });
    await store.flush();
    const memoryBefore = store.bank;
    renameSync(dir, join(root, 'unplugged'));
    writeFileSync(dir, 'not a folder');
    await expect(createStory(store, { title: 'Lost?' })).rejects.toThrow(
      /the folder .*synced is gone .*nothing on disk was changed/,
    );
    expect(store.bank).toBe(memoryBefore);
    expect(readFileSync(join(root, 'unplugged', 'storybank.json'), 'utf8')).toContain('Kept in memory');
    expect(readFileSync(dir, 'utf8')).toBe('not a folder');
    await store.close();
  });
});
