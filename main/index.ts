// The Electron shell: app lifecycle, one window, the menu, and wiring the API. Everything else lives
// in electron-free modules (main/api, main/services, shared/) that also run in Node and the web bridge.
import { app, type BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, session } from 'electron';
import { join } from 'node:path';
import type { HandlerContext } from './api/context';
import { handlers } from './api/handlers';
import { closeServices, createServices, type AppServices } from './services';
import { registerApi } from './shell/ipc';
import { menuTemplate } from './shell/menu';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './shell/protocol';
import { hardenApp, hardenSession } from './shell/security';
import { APP_ENTRY_URL } from './shell/trusted-url';
import { createMainWindow } from './shell/create-window';
import { printWindowToPdf } from './shell/print-to-pdf';
import { saveBeforeQuit } from './shell/save-before-quit';
import { loadWindowBounds, saveWindowBounds } from './shell/window-state';
import { errorMessage } from '#shared/api/errors';

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | undefined;
  let services: AppServices | undefined;
  const windowStateFile = () => join(app.getPath('userData'), 'window-state.json');

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  hardenApp({ app, devServerUrl });

  // A failed start must never leave the user with no window and no word: say what went wrong.
  const startFailed = (error: unknown) => {
    const detail = errorMessage(error);
    console.error('Storybank could not start', error);
    dialog.showErrorBox('Storybank could not start', `${detail}\n\nThe bank file was not changed.`);
    app.exit(1);
  };

  void app
    .whenReady()
    .then(async () => {
      hardenSession(session.defaultSession);
      registerAppProtocol(protocol, join(import.meta.dirname, '../renderer'));
      services = await createServices({ dataDir: app.getPath('userData') });
      const ready = services;

      const context: HandlerContext = {
        info: () => ({
          name: 'Storybank',
          version: app.getVersion(),
          runtime: 'desktop',
          dataFile: ready.bankPath,
          platform: process.platform,
        }),
        services: ready,
        native: {
          showSaveDialog: async (options) => {
            const result = await dialog.showSaveDialog({
              title: options.title,
              defaultPath: options.defaultFolder
                ? join(options.defaultFolder, options.defaultName)
                : options.defaultName,
              filters: options.filters,
            });
            return result.canceled ? undefined : result.filePath;
          },
          showOpenDialog: async (options) => {
            const result = await dialog.showOpenDialog({
              title: options.title,
              filters: options.filters,
              properties: ['openFile'],
            });
            return result.canceled ? undefined : result.filePaths[0];
          },
          printToPdf: (paper) => printWindowToPdf(mainWindow, paper),
        },
      };
      registerApi(ipcMain, handlers, context, {
        devServerUrl,
        log: ({ channel, error }) => console.error(`[api] ${channel}`, error),
      });

      const bounds = loadWindowBounds(windowStateFile());
      mainWindow = createMainWindow(
        join(import.meta.dirname, '../preload/index.cjs'),
        bounds,
        nativeTheme.shouldUseDarkColors ? '#16181d' : '#fbfaf7',
      );
      const win = mainWindow;
      const send = (action: string) => win.webContents.send('storybank:menu', action);
      Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, send)));
      win.once('ready-to-show', () => win.show());
      win.on('close', () => saveWindowBounds(windowStateFile(), win.getBounds()));
      await win.loadURL(devServerUrl ?? APP_ENTRY_URL);
    })
    .catch(startFailed);

  saveBeforeQuit({
    app,
    close: () => (services ? closeServices(services) : undefined),
    report: (message, error) => console.error(message, error),
  });

  app.on('window-all-closed', () => app.quit());
}
