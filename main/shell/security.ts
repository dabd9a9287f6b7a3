// Hardening applied to the whole app: deny permissions, navigation, new windows and webviews,
// keep the spell-checker offline. Follows the Electron security checklist.
import type { App, Session, WebContents } from 'electron';
import { isAllowedExternalUrl, isTrustedAppUrl } from './trusted-url';

export interface SecurityDeps {
  app: Pick<App, 'on'>;
  openExternal: (url: string) => Promise<void>;
  devServerUrl?: string;
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
  // Offline app: never download spell-checker dictionaries from a remote server.
  session.setSpellCheckerDictionaryDownloadURL('https://0.0.0.0/');
  session.setSpellCheckerEnabled(true);
  session.on('will-download', (event) => event.preventDefault());
}

export function hardenWebContents(contents: WebContents, deps: SecurityDeps): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedAppUrl(url, deps.devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedAppUrl(url, deps.devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void deps.openExternal(url);
    return { action: 'deny' };
  });
}

export function hardenApp(deps: SecurityDeps): void {
  deps.app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, deps));
}
