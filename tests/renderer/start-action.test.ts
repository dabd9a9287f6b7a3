// startAction is how a renderer event handler starts an async action it cannot wait for: an action
// that shows its own failure. One that escapes anyway is logged, never an unhandled rejection.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAction } from '../../renderer/src/app/start-action';

afterEach(() => vi.restoreAllMocks());

describe('startAction', () => {
  it('runs the action without waiting for it', async () => {
    let done = false;
    startAction(Promise.resolve().then(() => (done = true)));
    expect(done).toBe(false);
    await Promise.resolve();
    await Promise.resolve();
    expect(done).toBe(true);
  });

  it('logs a rejection that escaped the action instead of leaving it unhandled', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      startAction(Promise.reject(new Error('Disk full.')));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(logged).toHaveBeenCalledWith('An action failed without showing why:', new Error('Disk full.'));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
