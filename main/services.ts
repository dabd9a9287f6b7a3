// The electron-free services behind the API: created once per process by the desktop shell
// (main/index.ts) or the web bridge (main/web/cli.ts), and closed (flushing writes) on quit.
import { BankSession, DEFAULT_BANK_FILE, type AppKind } from './store';
import type { WriteFs } from './store/atomic-write';

export interface ServiceOptions {
  /** Folder for the default bank, recent files, backups. */
  dataDir: string;
  /** A bank file to open instead of the default one. */
  bankPath?: string;
  /** Who holds the bank lock; named to the user when a second process is refused. */
  appKind?: AppKind;
  /** Tests inject file-system failures here. */
  fs?: WriteFs;
  now?: () => Date;
}

export interface AppServices {
  dataDir: string;
  /** The open bank file (or the one that failed to open). */
  readonly bankPath: string;
  /** The open bank; `banks.current` throws the reason when none is open. */
  banks: BankSession;
}

export { DEFAULT_BANK_FILE };

export async function createServices(options: ServiceOptions): Promise<AppServices> {
  const banks = new BankSession({
    dataDir: options.dataDir,
    app: options.appKind ?? 'desktop',
    fs: options.fs,
    now: options.now,
  });
  await banks.start(options.bankPath);
  return {
    dataDir: options.dataDir,
    get bankPath() {
      return banks.path;
    },
    banks,
  };
}

/** Flushes pending writes and releases the bank lock. */
export async function closeServices(services: AppServices): Promise<void> {
  await services.banks.close();
}
