// The electron-free services behind the API: created once per process by the desktop shell
// (main/index.ts) or the web bridge (main/web/cli.ts), and closed (flushing writes) on quit.
import { join } from 'node:path';

export interface ServiceOptions {
  /** Folder for the default bank, recent files, backups. */
  dataDir: string;
  /** A bank file to open instead of the default one. */
  bankPath?: string;
}

export interface AppServices {
  dataDir: string;
  bankPath: string;
}

export const DEFAULT_BANK_FILE = 'storybank.json';

export async function createServices(options: ServiceOptions): Promise<AppServices> {
  return { dataDir: options.dataDir, bankPath: options.bankPath ?? join(options.dataDir, DEFAULT_BANK_FILE) };
}

export async function closeServices(_services: AppServices): Promise<void> {}
