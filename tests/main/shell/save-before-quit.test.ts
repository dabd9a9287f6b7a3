// The desktop app's last save: Quit is held until the bank's queued writes are in the real file on disk
// and its lock is released, then the app quits; Quit chosen again meanwhile is held too. Electron's `app`
// is a stand-in here (an event emitter with quit()); the bank, its file and its lock are real.
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { closeServices, createServices } from '../../../main/services';
import { saveBeforeQuit } from '../../../main/shell/save-before-quit';
import { createStory } from '../../../main/store/operations/stories';
import { storyTitlesOnDisk, tempDir } from '../store/helpers';

function fakeApp() {
  const app = Object.assign(new EventEmitter(), { quit: vi.fn() });
  /** Emits before-quit as Electron does; true when a handler held the quit. */
  const beforeQuit = () => {
    let held = false;
    app.emit('before-quit', { preventDefault: () => (held = true) });
    return held;
  };
  return { app, beforeQuit };
}

describe('saving before the desktop app quits', () => {
  it('holds Quit (twice) until the queued write is on disk and the lock is gone, then quits once', async () => {
    const dataDir = tempDir('storybank-quit-');
    const services = await createServices({ dataDir, appKind: 'test' });
    const bankPath = services.bankPath;
    const { app, beforeQuit } = fakeApp();
    // What was on disk when the app really quit.
    const atQuit: { titles: string[]; locked: boolean }[] = [];
    app.quit.mockImplementation(() =>
      atQuit.push({ titles: storyTitlesOnDisk(bankPath), locked: existsSync(`${bankPath}.lock`) }),
    );
    saveBeforeQuit({ app: app as never, close: () => closeServices(services), report: vi.fn() });

    const saved = createStory(services.banks.current, { title: 'Moved ranking to the new feature store' });
    expect(beforeQuit()).toBe(true);
    expect(beforeQuit()).toBe(true); // Quit again while saving: still held
    await saved;
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());

    expect(atQuit).toEqual([{ titles: ['Moved ranking to the new feature store'], locked: false }]);
    // The quit that follows is let through.
    expect(beforeQuit()).toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('lets the app quit at once when no bank is open', () => {
    const { app, beforeQuit } = fakeApp();
    saveBeforeQuit({ app: app as never, close: () => undefined, report: vi.fn() });
    expect(beforeQuit()).toBe(false);
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('says when the last save failed, and quits all the same', async () => {
    const { app, beforeQuit } = fakeApp();
    const report = vi.fn();
    const failure = new Error('EIO: i/o error, write');
    saveBeforeQuit({ app: app as never, close: () => Promise.reject(failure), report });
    expect(beforeQuit()).toBe(true);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(report).toHaveBeenCalledWith('Storybank could not finish saving before quitting:', failure);
  });
});
