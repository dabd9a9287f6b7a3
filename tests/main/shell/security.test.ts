import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/security/csp';
import { hardenSession, hardenWebContents } from '../../../main/shell/security';
import { APP_ENTRY_URL, isTrustedAppUrl } from '../../../main/shell/trusted-url';

function fakeContents() {
  const emitter = new EventEmitter() as EventEmitter & { setWindowOpenHandler: ReturnType<typeof vi.fn> };
  emitter.setWindowOpenHandler = vi.fn();
  return emitter;
}

function navigationEvent() {
  return { preventDefault: vi.fn() };
}

describe('shell security', () => {
  it('trusts only the app:// origin (and the dev server in development)', () => {
    expect(isTrustedAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isTrustedAppUrl('app://storybank/assets/x.js')).toBe(true);
    expect(isTrustedAppUrl('app://evil/index.html')).toBe(false);
    expect(isTrustedAppUrl('file:///etc/passwd')).toBe(false);
    expect(isTrustedAppUrl('https://storybank.example/')).toBe(false);
    expect(isTrustedAppUrl('http://localhost:5173/')).toBe(false);
    expect(isTrustedAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedAppUrl('not a url')).toBe(false);
    expect(isTrustedAppUrl(undefined)).toBe(false);
  });

  it('blocks navigation away from the app and allows it within', () => {
    const contents = fakeContents();
    hardenWebContents(contents as never, {});
    const away = navigationEvent();
    contents.emit('will-navigate', away, 'https://example.com/phish');
    expect(away.preventDefault).toHaveBeenCalled();
    const redirect = navigationEvent();
    contents.emit('will-redirect', redirect, 'https://example.com/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const within = navigationEvent();
    contents.emit('will-navigate', within, APP_ENTRY_URL);
    expect(within.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every new window and every webview', () => {
    const contents = fakeContents();
    hardenWebContents(contents as never, {});
    const openHandler = contents.setWindowOpenHandler.mock.calls[0][0] as (d: { url: string }) => { action: string };
    expect(openHandler({ url: 'https://github.com/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: APP_ENTRY_URL })).toEqual({ action: 'deny' });
    const attach = navigationEvent();
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('denies permissions, keeps the spell-checker offline and sends the CSP', () => {
    const session = Object.assign(new EventEmitter(), {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      setSpellCheckerDictionaryDownloadURL: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
    });
    hardenSession(session as never);
    const request = session.setPermissionRequestHandler.mock.calls[0][0] as (
      w: unknown,
      p: string,
      cb: (ok: boolean) => void,
    ) => void;
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read'])
      request(null, permission, (ok) => answers.push(ok));
    expect(answers).toEqual([false, false, false, false]);
    expect((session.setPermissionCheckHandler.mock.calls[0][0] as () => boolean)()).toBe(false);
    expect(session.setSpellCheckerDictionaryDownloadURL.mock.calls[0][0]).not.toMatch(/google|microsoft/i);
    const onHeaders = session.webRequest.onHeadersReceived.mock.calls[0][0] as (
      d: unknown,
      cb: (r: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    let headers: Record<string, string[]> = {};
    onHeaders({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    const download = navigationEvent();
    session.emit('will-download', download);
    expect(download.preventDefault).toHaveBeenCalled();
  });

  it('has a CSP that allows nothing remote and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});
