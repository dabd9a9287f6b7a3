import { describe, expect, it, vi } from 'vitest';
import type { HandlerContext } from '../../../main/api/context';
import type { HandlerTable } from '../../../main/api/handler-table';
import { handlers as realHandlers } from '../../../main/api/handlers';
import { registerApi } from '../../../main/shell/ipc';
import { contract } from '#shared/api/contract';

type Listener = (event: unknown, request: unknown) => Promise<unknown>;

function setup() {
  const registered = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => registered.set(channel, listener) };
  const appInfo = vi.fn(() => ({
    name: 'Storybank',
    version: '1',
    runtime: 'desktop',
    dataFile: '/x',
    platform: 'linux',
  }));
  const handlers = { ...realHandlers, appInfo } as unknown as HandlerTable;
  registerApi(ipcMain as never, handlers, { info: () => ({}), native: {}, services: {} } as unknown as HandlerContext);
  return { registered, appInfo };
}

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

describe('registerApi (IPC)', () => {
  it('registers one prefixed channel per contract entry', () => {
    const { registered } = setup();
    expect([...registered.keys()].sort()).toEqual(
      Object.keys(contract)
        .map((c) => `storybank:${c}`)
        .sort(),
    );
  });

  it("answers the app's own page", async () => {
    const { registered, appInfo } = setup();
    const result = await registered.get('storybank:appInfo')!(frame('app://storybank/index.html'), {});
    expect(result).toMatchObject({ ok: true });
    expect(appInfo).toHaveBeenCalledOnce();
  });

  it('refuses a sender from another origin, a subframe, or no frame, without running the handler', async () => {
    const { registered, appInfo } = setup();
    const call = registered.get('storybank:appInfo')!;
    for (const event of [
      frame('https://evil.example/'),
      frame('file:///tmp/x.html'),
      frame('app://storybank/index.html', {}),
      { senderFrame: null },
    ]) {
      expect(await call(event, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(appInfo).not.toHaveBeenCalled();
  });
});
