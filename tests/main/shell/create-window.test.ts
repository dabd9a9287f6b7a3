import { beforeEach, describe, expect, it, vi } from 'vitest';

const constructed: unknown[] = [];
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: unknown) {
      constructed.push(options);
    }
  },
}));

const { createMainWindow } = await import('../../../main/shell/create-window');

describe('createMainWindow (electron mocked)', () => {
  beforeEach(() => {
    constructed.length = 0;
  });

  it('creates the window sandboxed, context-isolated, without Node, with our preload', () => {
    createMainWindow('/app/out/preload/index.cjs', { width: 1200, height: 800 }, '#fff');
    const options = constructed[0] as { webPreferences: Record<string, unknown>; show: boolean };
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    // Shown only when painted, so the user never sees a white flash.
    expect(options.show).toBe(false);
  });
});
