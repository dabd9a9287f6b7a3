// #17.7: a save can fail at each of its steps (temp write, fsync, rename, folder fsync), and a
// rename can even report failure after it happened. Whatever fails, memory, disk and the answer
// must agree: a story answered as saved is on disk and in memory; one answered as not saved is in
// neither; and the next save never drops a story the disk already holds.
import { readdirSync, readFileSync } from 'node:fs';
import type { PathLike } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realWriteFs, type WriteFs } from '../../../main/store/atomic-write';
import { openBankFile } from '../../../main/store/open-bank-file';
import { createStory } from '../../../main/store/operations/stories';
import { tempDir } from './helpers';

type Step = 'temp-write' | 'fsync' | 'rename' | 'rename-after-renaming' | 'folder-fsync';

const eio = (what: string) => Object.assign(new Error(`EIO: ${what}`), { code: 'EIO' });

/** Real file operations, failing once at `step` when armed. */
function failingAt(step: Step): WriteFs & { armed: boolean } {
  const fs = {
    armed: false,
    unlink: realWriteFs.unlink,
    rename: async (from: PathLike, to: PathLike) => {
      if (fs.armed && step === 'rename') throw eio('rename');
      if (fs.armed && step === 'rename-after-renaming') {
        await realWriteFs.rename(from, to);
        throw eio('rename (reported after it happened)');
      }
      return realWriteFs.rename(from, to);
    },
    open: (async (path: PathLike, flags?: string, mode?: number) => {
      const handle = await realWriteFs.open(path, flags, mode);
      const isTemp = flags?.startsWith('w') ?? false;
      const isFolder = flags === 'r';
      if (!fs.armed) return handle;
      return new Proxy(handle, {
        get(target, prop) {
          if (isTemp && prop === 'writeFile' && step === 'temp-write')
            return async (data: string) => {
              await target.writeFile(data.slice(0, 10));
              throw eio('write');
            };
          if (isTemp && prop === 'sync' && step === 'fsync') return () => Promise.reject(eio('fsync'));
          if (isFolder && prop === 'sync' && step === 'folder-fsync') return () => Promise.reject(eio('folder fsync'));
          const value = Reflect.get(target, prop) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    }) as WriteFs['open'],
  };
  return fs;
}

const onDisk = (path: string) =>
  (JSON.parse(readFileSync(path, 'utf8')) as { stories: { title: string }[] }).stories.map((s) => s.title);

const STEPS: [Step, 'saved' | 'not saved'][] = [
  ['temp-write', 'not saved'],
  ['fsync', 'not saved'],
  ['rename', 'not saved'],
  ['rename-after-renaming', 'saved'],
  ['folder-fsync', 'saved'],
];

describe('a save that fails at one step', () => {
  for (const [step, outcome] of STEPS) {
    it(`at ${step}: memory, disk and the answer agree (${outcome})`, async () => {
      const dir = tempDir();
      const path = join(dir, 'storybank.json');
      const fs = failingAt(step);
      const store = await openBankFile({ path, dataDir: dir, app: 'test', mode: 'default', fs });
      await createStory(store, { title: 'Before' });

      fs.armed = true;
      const answer = await createStory(store, { title: 'During' }).then(
        () => 'saved' as const,
        (error: unknown) => error,
      );
      fs.armed = false;

      expect(answer === 'saved' ? 'saved' : 'not saved').toBe(outcome);
      if (answer !== 'saved') expect(answer).toMatchObject({ code: 'io-error', message: /could not save \(EIO/ });
      const expected = outcome === 'saved' ? ['Before', 'During'] : ['Before'];
      expect(store.bank.stories.map((s) => s.title)).toEqual(expected);
      expect(onDisk(path)).toEqual(expected);
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      if (step === 'folder-fsync') expect(store.notices.map((n) => n.kind)).toContain('unconfirmed-save');

      // The next save keeps whatever the disk held.
      await createStory(store, { title: 'After' });
      expect(onDisk(path)).toEqual([...expected, 'After']);
      await store.close();
      const reopened = await openBankFile({ path, dataDir: dir, app: 'test', mode: 'existing' });
      expect(reopened.bank.stories.map((s) => s.title)).toEqual([...expected, 'After']);
      await reopened.close();
    });
  }
});
