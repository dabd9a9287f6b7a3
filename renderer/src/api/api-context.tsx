// Components get the API from context (useApi), so tests can render them with a fake one.
import { createContext, useContext, type ReactNode } from 'react';
import type { StorybankApi } from '#shared/api/contract';
import { createWebBridgeApi, takeTokenFromLocation } from './web-bridge';

declare global {
  interface Window {
    storybank?: StorybankApi;
    storybankMenu?: { onAction(listener: (action: string) => void): () => void };
  }
}

/** The real API: the preload's window.storybank in Electron, the web bridge in a browser. */
export function resolveApi(): StorybankApi {
  if (window.storybank) return window.storybank;
  return createWebBridgeApi(takeTokenFromLocation(window.location, window.history, window.sessionStorage));
}

const ApiContext = createContext<StorybankApi | null>(null);

export function ApiProvider({ api, children }: { api: StorybankApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): StorybankApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi must be used inside <ApiProvider>.');
  return api;
}
