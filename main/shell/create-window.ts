// The main window. Every security setting is written out literally here (not left to defaults), so
// a review or a scanner (electronegativity) can see them, and a unit test pins them.
import { BrowserWindow } from 'electron';

export interface WindowBounds {
  width: number;
  height: number;
  x?: number;
  y?: number;
}

export function createMainWindow(preloadPath: string, bounds: WindowBounds, backgroundColor: string): BrowserWindow {
  return new BrowserWindow({
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Storybank',
    backgroundColor,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      // Middle-click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  });
}
