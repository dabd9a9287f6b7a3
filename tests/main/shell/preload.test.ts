import { beforeAll, describe, expect, it, vi } from 'vitest';
import { contract } from '#shared/api/contract';

const exposed = new Map<string, Record<string, unknown>>();
const invoke = vi.fn();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: Record<string, unknown>) => exposed.set(key, value) },
  ipcRenderer: { invoke: (...args: unknown[]) => invoke(...args), on: vi.fn(), removeListener: vi.fn() },
}));

describe('the preload (electron mocked)', () => {
  beforeAll(async () => {
    await import('../../../main/preload/index');
  });

  it('exposes only named functions, never ipcRenderer', () => {
    expect([...exposed.keys()].sort()).toEqual(['storybank', 'storybankMenu']);
    const api = exposed.get('storybank')!;
    for (const [name, value] of Object.entries(api)) expect(typeof value, name).toBe('function');
    expect(Object.keys(api)).not.toContain('invoke');
    for (const name of Object.keys(api)) expect(name).not.toMatch(/^(ipc|send|on[A-Z]|invoke|emit)/);
  });

  it('exposes every channel of the contract, and nothing else (the names are generated from it at build time)', () => {
    expect(Object.keys(exposed.get('storybank')!).sort()).toEqual(Object.keys(contract).sort());
  });

  it('unwraps {ok:true} into a resolved value and {ok:false} into a rejection with the code', async () => {
    const api = exposed.get('storybank') as Record<string, (r: unknown) => Promise<unknown>>;
    invoke.mockResolvedValueOnce({ ok: true, value: { version: '1' } });
    await expect(api.appInfo({})).resolves.toEqual({ version: '1' });
    expect(invoke).toHaveBeenLastCalledWith('storybank:appInfo', {});
    invoke.mockResolvedValueOnce({ ok: false, error: { code: 'locked', message: 'In use by pid 7.' } });
    await expect(api.appInfo({})).rejects.toMatchObject({ code: 'locked', message: 'In use by pid 7.' });
  });
});
