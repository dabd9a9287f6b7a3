// The web bridge's API object has one function per channel of the contract: its names come from the
// build's define (as the preload's do), not from importing the contract at run time.
import { describe, expect, it } from 'vitest';
import { contract } from '#shared/api/contract';
import { createWebBridgeApi } from '../../../renderer/src/api/web-bridge';

describe('createWebBridgeApi', () => {
  it('offers every channel of the contract, and only those', () => {
    const api = createWebBridgeApi('token', () => Promise.reject(new Error('not called')));
    expect(Object.keys(api).sort()).toEqual(Object.keys(contract).sort());
    for (const call of Object.values(api)) expect(typeof call).toBe('function');
  });

  it('posts a call to its channel', async () => {
    const urls: string[] = [];
    const api = createWebBridgeApi('token', (async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify({ ok: true, value: 'the bank' }));
    }) as unknown as typeof fetch);
    expect(await api.getBank({})).toBe('the bank');
    expect(urls).toEqual(['/api/getBank']);
  });
});
