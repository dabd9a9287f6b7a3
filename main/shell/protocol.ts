// Serves the built renderer over app://storybank/ instead of file://, so the page has a real origin,
// a CSP header, and no access to the file system by URL.
import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { SECURITY_HEADERS } from '../security/csp';
import { mimeTypeFor, resolveStaticPath } from '../security/static-files';
import { APP_HOST, APP_SCHEME } from './trusted-url';

export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: false },
};

export async function respondWithAppFile(rendererDir: string, requestUrl: string): Promise<Response> {
  const url = new URL(requestUrl);
  if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
  const filePath = resolveStaticPath(rendererDir, url.pathname);
  if (!filePath) return new Response('Bad request', { status: 400 });
  try {
    const body = await readFile(filePath);
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(filePath) } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondWithAppFile(rendererDir, request.url));
}
