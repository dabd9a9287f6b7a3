// The preload: exposes `window.storybank`, one named async function per API channel, and nothing
// else (never ipcRenderer itself). Results arrive as {ok, value | error} and are unwrapped here
// into resolved or rejected promises.
import { contextBridge, ipcRenderer } from 'electron';
import type { StorybankApi } from '#shared/api/contract';
import type { ApiResult } from '#shared/api/errors';

const PREFIX = 'storybank:';

class StorybankError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'StorybankError';
    this.code = code;
  }
}

function call(name: string) {
  return async (request: unknown) => {
    const result = (await ipcRenderer.invoke(PREFIX + name, request ?? {})) as ApiResult<unknown>;
    if (result.ok) return result.value;
    throw new StorybankError(result.error.code, result.error.message);
  };
}

// The names come from the contract at build time (main/api/preload-defines.ts).
const api = Object.fromEntries(__STORYBANK_CHANNELS__.map((name) => [name, call(name)])) as unknown as StorybankApi;

contextBridge.exposeInMainWorld('storybank', api);

// Menu commands (New Story, Search…) arrive from main as plain strings; only the subscriber is exposed.
contextBridge.exposeInMainWorld('storybankMenu', {
  onAction(listener: (action: string) => void): () => void {
    const wrapped = (_event: unknown, action: unknown) => {
      if (typeof action === 'string' && action.length < 64) listener(action);
    };
    ipcRenderer.on('storybank:menu', wrapped);
    return () => ipcRenderer.removeListener('storybank:menu', wrapped);
  },
});
