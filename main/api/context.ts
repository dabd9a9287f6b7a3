// What every handler receives besides its request. Electron-free: the desktop shell and the web
// bridge each fill in what they can (the web bridge has no native dialogs, for example).
import type { AppInfo } from '#shared/api/channels/app';
import type { PaperSize } from '#shared/sheet/page-geometry';
import type { AppServices } from '../services';

export interface SaveDialogOptions {
  title: string;
  defaultName: string;
  filters: { name: string; extensions: string[] }[];
}
export interface OpenDialogOptions {
  title: string;
  filters: { name: string; extensions: string[] }[];
}

/** Native capabilities only the desktop shell has. Handlers check for them and fall back. */
export interface NativeShell {
  showSaveDialog?(options: SaveDialogOptions & { defaultFolder?: string }): Promise<string | undefined>;
  showOpenDialog?(options: OpenDialogOptions): Promise<string | undefined>;
  /** Prints the app's window (its print view) to a one-page PDF of this paper size. */
  printToPdf?(paper: PaperSize): Promise<Buffer>;
}

export interface HandlerContext {
  info: () => AppInfo;
  native: NativeShell;
  services: AppServices;
}
