import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HandlerContext } from '../../../main/api/context';
import type { HandlerTable } from '../../../main/api/handler-table';
import { handlers as realHandlers } from '../../../main/api/handlers';
import { startBridge, TOKEN_HEADER, type RunningBridge } from '../../../main/web/bridge-server';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  bridge: RunningBridge,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: bridge.port,
        method: options.method ?? 'POST',
        path: options.path ?? '/api/appInfo',
        headers: { host: `127.0.0.1:${bridge.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', (error) =>
      error.message.includes('EPIPE') || error.message.includes('ECONNRESET')
        ? resolve({ status: 413, headers: {}, body: '' })
        : reject(error),
    );
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe('the web bridge', () => {
  let bridge: RunningBridge;
  const appInfo = vi.fn(() => ({
    name: 'Storybank',
    version: '1.0.0',
    runtime: 'web',
    dataFile: '/tmp/bank.json',
    platform: 'linux',
  }));
  const json = { 'content-type': 'application/json' };
  let auth: Record<string, string>;

  beforeAll(async () => {
    const rendererDir = mkdtempSync(join(tmpdir(), 'bridge-renderer-'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Storybank</title>');
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(rendererDir, '..', 'secret.txt'), 'do not serve');
    bridge = await startBridge({
      rendererDir,
      handlers: { ...realHandlers, appInfo } as unknown as HandlerTable,
      context: { info: () => ({}), native: {}, services: {} } as unknown as HandlerContext,
      bodyLimit: 1024,
    });
    auth = { ...json, [TOKEN_HEADER]: bridge.token };
  });
  afterAll(async () => {
    await bridge.close();
  });
  beforeEach(() => appInfo.mockClear());

  it('listens on 127.0.0.1 and puts the token in the URL fragment, never the path', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{40,}$/);
  });

  it('answers an API call that carries the token', async () => {
    const reply = await send(bridge, { headers: auth, body: '{}' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { version: '1.0.0' } });
    expect(appInfo).toHaveBeenCalledOnce();
  });

  it.each([
    ['no token', { [TOKEN_HEADER]: '' }, 401],
    ['a wrong token', { ...json, [TOKEN_HEADER]: 'x'.repeat(43) }, 401],
    ['a foreign Host (DNS rebinding)', { host: 'evil.example:80' }, 421],
    ['a foreign Origin', { origin: 'http://evil.example' }, 403],
    ['a non-JSON content type', { 'content-type': 'text/plain' }, 415],
  ])('refuses a request with %s and touches nothing', async (_name, headers, status) => {
    const reply = await send(bridge, { headers: { ...auth, ...headers } as Record<string, string>, body: '{}' });
    expect(reply.status).toBe(status);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false });
    expect(appInfo).not.toHaveBeenCalled();
  });

  it('refuses an oversized body with 413', async () => {
    const reply = await send(bridge, { headers: auth, body: JSON.stringify({ pad: 'x'.repeat(5000) }) });
    expect(reply.status).toBe(413);
    expect(appInfo).not.toHaveBeenCalled();
  });

  it('refuses a malformed body with 400', async () => {
    const reply = await send(bridge, { headers: auth, body: '{"not json' });
    expect(reply.status).toBe(400);
    expect(appInfo).not.toHaveBeenCalled();
  });

  it('refuses a body that does not match the request schema, before the handler', async () => {
    const reply = await send(bridge, { headers: auth, body: JSON.stringify({ evil: true }) });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(appInfo).not.toHaveBeenCalled();
  });

  it('refuses GET on the API', async () => {
    expect((await send(bridge, { method: 'GET', headers: auth })).status).toBe(405);
  });

  it('serves the renderer with a strict CSP and no CORS headers', async () => {
    const reply = await send(bridge, { method: 'GET', path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Storybank</title>');
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'");
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    expect((await send(bridge, { method: 'GET', path: '/assets/app.js' })).headers['content-type']).toContain(
      'javascript',
    );
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const reply = await send(bridge, { method: 'GET', path });
      expect(reply.body, path).not.toContain('do not serve');
      expect(reply.status, path).toBeGreaterThanOrEqual(400);
    }
  });
});
