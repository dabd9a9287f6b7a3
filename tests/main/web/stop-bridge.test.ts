// The web bridge's last save (`npm run web`, then Ctrl+C): the real bridge serving the real API on a real
// bank file is stopped — by two Ctrl+Cs in a row — and exits only once every write, acknowledged or still
// queued, is in the file on disk and the lock is released. (tests/e2e/web-cli.test.ts stops the built
// process itself with real signals.)
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { HandlerContext } from '../../../main/api/context';
import { handlers } from '../../../main/api/handlers';
import { closeServices, createServices } from '../../../main/services';
import { createStory } from '../../../main/store/operations/stories';
import { startBridge, TOKEN_HEADER } from '../../../main/web/bridge-server';
import { bridgeStopper } from '../../../main/web/stop-bridge';
import { storyTitlesOnDisk, tempDir } from '../store/helpers';

async function running() {
  const dataDir = tempDir('storybank-stop-');
  const rendererDir = tempDir('storybank-stop-renderer-');
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Storybank</title>');
  const services = await createServices({ dataDir, appKind: 'web' });
  const context = { info: () => ({}), native: {}, services } as unknown as HandlerContext;
  const bridge = await startBridge({ rendererDir, handlers, context });
  const call = (channel: string, body: unknown) =>
    fetch(`http://127.0.0.1:${bridge.port}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: bridge.token },
      body: JSON.stringify(body),
    });
  return { services, bridge, call, bankPath: services.bankPath };
}

describe('stopping the web bridge', () => {
  it('exits 0, once, after every write is on disk and the lock is released — even on a second Ctrl+C', async () => {
    const { services, bridge, call, bankPath } = await running();
    const answered = await call('createStory', { fields: { title: 'Sharded the nightly eval' } });
    expect(((await answered.json()) as { ok: boolean }).ok).toBe(true);
    // Queued, not yet written, when the signal arrives.
    const queued = createStory(services.banks.current, { title: 'Cut p99 from 240 ms to 95 ms' });

    const atExit: { code: number; titles: string[]; locked: boolean }[] = [];
    const exit = vi.fn((code: number) =>
      atExit.push({ code, titles: storyTitlesOnDisk(bankPath), locked: existsSync(`${bankPath}.lock`) }),
    );
    const report = vi.fn();
    const stop = bridgeStopper({ bridge, services, exit, report });
    await Promise.all([stop(), stop()]);
    await queued;

    expect(atExit).toEqual([
      { code: 0, titles: ['Sharded the nightly eval', 'Cut p99 from 240 ms to 95 ms'], locked: false },
    ]);
    expect(report).not.toHaveBeenCalled();
    // No longer serving.
    await expect(call('appInfo', {})).rejects.toThrow();
  });

  it('says why and exits 1 when the bank cannot be closed', async () => {
    const { services, bridge, bankPath } = await running();
    const exit = vi.fn();
    const report = vi.fn();
    const failure = new Error('EIO: i/o error, close');
    // The one stand-in: closing the bank fails as a dying disk would make it.
    vi.spyOn(services.banks, 'close').mockRejectedValueOnce(failure);
    await bridgeStopper({ bridge, services, exit, report })();
    expect(report).toHaveBeenCalledWith('Storybank could not finish saving before stopping:', failure);
    expect(exit.mock.calls).toEqual([[1]]);
    await closeServices(services);
    expect(existsSync(`${bankPath}.lock`)).toBe(false);
  });
});
