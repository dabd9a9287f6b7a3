// The bank store: public entry points for main/services and the API handlers.
export { BankSession, DEFAULT_BANK_FILE } from './bank-session';
export { BankStore } from './bank-store';
export { openBankFile, type OpenMode } from './open-bank-file';
export type { AppKind } from './bank-lock';
export type { StoreNotice } from './notices';
export type { BackupFile } from './backups';
