// Hardening applied to the whole app: deny permissions, navigation, new windows and webviews, send
// the CSP with every response, keep the spell-checker offline. Follows the Electron security checklist.
// Storybank has no external links, so nothing is ever handed to shell.openExternal.
import type { App, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { isTrustedAppUrl } from './trusted-url';

export interface SecurityDeps {
  app: Pick<App, 'on'>;
  devServerUrl?: string;
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Offline app: never download spell-checker dictionaries from a remote server.
  session.setSpellCheckerDictionaryDownloadURL('https://0.0.0.0/');
  session.on('will-download', (event) => event.preventDefault());
  // The app:// handler sends the CSP already; this also covers the dev server and any error page.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

export function hardenWebContents(contents: WebContents, deps: Pick<SecurityDeps, 'devServerUrl'>): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedAppUrl(url, deps.devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedAppUrl(url, deps.devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenApp(deps: SecurityDeps): void {
  deps.app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, deps));
}
