// The browser's stand-in for the Electron preload: when Storybank runs through the local web bridge
// (`npm run web`), `window.storybank` is built here over fetch. The access token arrives in the URL
// fragment once, is kept in sessionStorage (so a reload keeps working), and is removed from the URL.
import { contract, type StorybankApi } from '../../../shared/api/contract';
import { StorybankError, type ApiResult } from '../../../shared/api/errors';

const TOKEN_KEY = 'storybank.token';
export const TOKEN_HEADER = 'x-storybank-token';
const KEEPALIVE_LIMIT = 60_000;

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
  const call = (name: string) => async (request: unknown) => {
    let response: Response;
    try {
      const body = JSON.stringify(request ?? {});
      response = await fetchImpl(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token ?? '' },
        body,
        // keepalive lets the last autosave finish when the tab is closed; browsers cap it at 64 KB.
        keepalive: body.length < KEEPALIVE_LIMIT,
      });
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
  return Object.fromEntries(Object.keys(contract).map((name) => [name, call(name)])) as unknown as StorybankApi;
}
