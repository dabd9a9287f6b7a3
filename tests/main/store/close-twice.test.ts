// Quitting twice (Ctrl+C pressed again while the web bridge stops, Quit chosen again while the desktop app
// saves) must not cut the final save short: a second close waits for the first, so when either says the
// bank is closed, the queued write is in the real file on disk and the lock is released.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closeServices, createServices } from '../../../main/services';
import { createStory } from '../../../main/store/operations/stories';
import { storyTitlesOnDisk, tempDir } from './helpers';

describe('closing the bank twice at once', () => {
  it('the second close resolves only once the first has saved and unlocked', async () => {
    const dataDir = tempDir();
    const services = await createServices({ dataDir, appKind: 'test' });
    const bankPath = services.bankPath;
    const saved = createStory(services.banks.current, { title: 'Cut p99 from 240 ms to 95 ms' });

    const first = closeServices(services);
    const second = closeServices(services);
    await Promise.race([first, second]);

    expect(storyTitlesOnDisk(bankPath)).toEqual(['Cut p99 from 240 ms to 95 ms']);
    expect(existsSync(`${bankPath}.lock`)).toBe(false);
    await Promise.all([first, second, saved]);
  });
});
