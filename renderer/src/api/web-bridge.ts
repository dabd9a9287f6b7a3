// The browser's stand-in for the Electron preload: when Storybank runs through the local web bridge
// (`npm run web`), `window.storybank` is built here over fetch. The access token arrives in the URL
// fragment once, is kept in sessionStorage (so a reload keeps working), and is removed from the URL.
import type { StorybankApi } from '#shared/api/contract';
import { StorybankError, type ApiResult } from '#shared/api/errors';

const TOKEN_KEY = 'storybank.token';
export const TOKEN_HEADER = 'x-storybank-token';
// Chromium refuses a keepalive request whose body (with all other keepalive bodies in flight) is
// over 64 KiB, in BYTES: 20,000 CJK characters are 60,000 bytes of UTF-8. Stay well below it.
export const KEEPALIVE_MAX_BYTES = 48 * 1024;

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

export function takeTokenFromLocation(location: Location, history: History, storage: Storage): string | undefined {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match) {
    storage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1];
  }
  return storage.getItem(TOKEN_KEY) ?? undefined;
}

export function createWebBridgeApi(token: string | undefined, fetchImpl: typeof fetch = fetch): StorybankApi {
  const send = (name: string, body: string, keepalive: boolean) =>
    fetchImpl(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token ?? '' },
      body,
      keepalive,
    });
  const call = (name: string) => async (request: unknown) => {
    let response: Response;
    try {
      const body = JSON.stringify(request ?? {});
      // keepalive lets the last autosave finish when the tab is closed, within the browser's quota.
      const keepalive = utf8Bytes(body) <= KEEPALIVE_MAX_BYTES;
      try {
        response = await send(name, body, keepalive);
      } catch (error) {
        // A refused keepalive (quota used up by other requests in flight) is not a server that is
        // gone: send it again as a plain request before saying so.
        if (!keepalive) throw error;
        response = await send(name, body, false);
      }
    } catch {
      throw new StorybankError({
        code: 'io-error',
        message: 'Storybank is not running. Start it again with `npm run web`.',
      });
    }
    let result: ApiResult<unknown>;
    try {
      result = (await response.json()) as ApiResult<unknown>;
    } catch {
      throw new StorybankError({
        code: 'internal',
        message: `The web bridge answered ${response.status} without a readable body.`,
      });
    }
    if (result.ok) return result.value;
    throw new StorybankError(result.error);
  };
  // The names are written into the build (see main/api/preload-defines.ts), like the preload's: importing
  // the contract for them built every channel's schemas before the first paint.
  return Object.fromEntries(__STORYBANK_CHANNELS__.map((name) => [name, call(name)])) as unknown as StorybankApi;
}
