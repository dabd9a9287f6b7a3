import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorybankError } from '#shared/api/errors';
import { AutosaveQueue } from '../../../renderer/src/data/autosave-queue';

type Patch = Record<string, string>;

function makeQueue(save: (key: string, patch: Patch) => Promise<void>) {
  return new AutosaveQueue<Patch>({ delayMs: 600, save, merge: (a, b) => ({ ...a, ...b }) });
}

describe('AutosaveQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces: a burst of edits becomes one save with the latest text, 600 ms after the last edit', async () => {
    const save = vi.fn(async () => undefined);
    const q = makeQueue(save);
    q.push('s1', { result: 'a' });
    await vi.advanceTimersByTimeAsync(400);
    q.push('s1', { result: 'ab' });
    q.push('s1', { title: 'T' });
    await vi.advanceTimersByTimeAsync(599);
    expect(save).not.toHaveBeenCalled();
    expect(q.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('s1', { result: 'ab', title: 'T' });
    expect(q.state).toBe('saved');
  });

  it('flush saves at once without waiting for the timer', async () => {
    const save = vi.fn(async () => undefined);
    const q = makeQueue(save);
    q.push('s1', { task: 'x' });
    q.push('s2', { task: 'y' });
    await q.flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect(q.state).toBe('saved');
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('keeps one save per story in flight; edits typed meanwhile go out next, in order', async () => {
    let release!: () => void;
    const calls: Patch[] = [];
    const save = vi.fn(async (_key: string, patch: Patch) => {
      calls.push(patch);
      if (calls.length === 1) await new Promise<void>((r) => (release = r));
    });
    const q = makeQueue(save);
    q.push('s1', { action: 'one' });
    const first = q.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(q.state).toBe('saving');
    q.push('s1', { action: 'one two' });
    const second = q.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    release();
    await Promise.all([first, second]);
    expect(calls).toEqual([{ action: 'one' }, { action: 'one two' }]);
    expect(q.isDirty('s1')).toBe(false);
  });

  it('a failed save keeps the edit, reports the error, and the next flush retries it merged with newer edits', async () => {
    let fail = true;
    const save = vi.fn(async () => {
      if (fail) throw new Error('Disk full.');
    });
    const q = makeQueue(save);
    q.push('s1', { result: 'saved 40%' });
    // Whoever waits for the flush hears that the edit is not saved.
    await expect(q.flush()).rejects.toThrow('Your latest changes are not saved yet (Disk full).');
    expect(q.state).toBe('error');
    expect(q.error).toBe('Disk full.');
    expect(q.isDirty('s1')).toBe(true);
    q.push('s1', { title: 'Latency' });
    fail = false;
    await q.flush();
    expect(save).toHaveBeenLastCalledWith('s1', { result: 'saved 40%', title: 'Latency' });
    expect(q.state).toBe('saved');
  });

  it('tells a refused edit (not valid, too large) from a failed write', async () => {
    const refusing = makeQueue(async () => {
      throw new StorybankError({ code: 'invalid-request', message: 'The Situation is too long.' });
    });
    refusing.push('s1', { situation: 'x'.repeat(10) });
    await expect(refusing.flush()).rejects.toThrow('The Situation is too long');
    expect(refusing.refused).toBe(true);
    const failing = makeQueue(async () => {
      throw new StorybankError({ code: 'io-error', message: 'Disk full.' });
    });
    failing.push('s1', { situation: 'x' });
    await expect(failing.flush()).rejects.toThrow('Disk full');
    expect(failing.refused).toBe(false);
  });

  it('once stopped (its bank was switched away from), sends nothing more, not even the retry', async () => {
    const save = vi.fn(async () => {
      throw new Error('Disk full.');
    });
    const q = new AutosaveQueue<Patch>({ delayMs: 600, retryMs: 3_000, save, merge: (a, b) => ({ ...a, ...b }) });
    q.push('s1', { result: 'a' });
    await expect(q.flush()).rejects.toThrow('Disk full');
    expect(save).toHaveBeenCalledTimes(1);
    expect(q.dirtyKeys()).toEqual(['s1']);
    q.stop();
    q.push('s2', { result: 'b' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledTimes(1);
    // Whoever still waits for it hears the edits are not saved.
    await expect(q.flush()).rejects.toThrow('not saved');
    expect(save).toHaveBeenCalledTimes(1);
  });
});
