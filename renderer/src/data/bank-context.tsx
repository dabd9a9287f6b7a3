// Puts one BankStore in React context for every view, loads it, and flushes unsaved edits whenever
// the page may go away (hidden, closed, reloaded). Views read with useBank(select) and write through
// useBankStore()'s mutation methods (see bank-store.ts for how); files made from the bank (exports,
// previews, backups) come through useBankFiles() (bank-files.ts).
import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useApi } from '../api/api-context';
import { BankFiles } from './bank-files';
import { BankStore, type BankSnapshot } from './bank-store';
import { takeFirstBankRead } from './first-bank-read';
import { startAction } from '../app/start-action';

const BankContext = createContext<BankStore | null>(null);
const FilesContext = createContext<BankFiles | null>(null);

export function BankProvider({ store: given, children }: { store?: BankStore; children: ReactNode }) {
  const api = useApi();
  const [store] = useState(() => given ?? new BankStore(api));
  const [files] = useState(() => new BankFiles(api, store));

  useEffect(() => {
    // The app's first store takes the read main.tsx started; any later one (another bank) reads anew.
    if (store.getSnapshot().status === 'loading') startAction(store.load(given ? undefined : takeFirstBankRead()));
  }, [store, given]);

  useEffect(() => {
    // Best effort as the page goes: what is not saved stays in the edit journal and is offered back.
    const flush = () => void store.flush().catch(() => undefined);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [store]);

  return (
    <BankContext.Provider value={store}>
      <FilesContext.Provider value={files}>{children}</FilesContext.Provider>
    </BankContext.Provider>
  );
}

/** The store itself, for its mutation methods. */
export function useBankStore(): BankStore {
  const store = useContext(BankContext);
  if (!store) throw new Error('useBankStore must be used inside <BankProvider>.');
  return store;
}

/** Exports, previews and backups: files main makes from the bank (each export saves pending edits first). */
export function useBankFiles(): BankFiles {
  const files = useContext(FilesContext);
  if (!files) throw new Error('useBankFiles must be used inside <BankProvider>.');
  return files;
}

const whole = (snapshot: BankSnapshot): BankSnapshot => snapshot;

/**
 * Reads from the bank: the component re-renders when what `select` returns changes (by identity).
 * The selector runs once per snapshot; without one, the whole snapshot is returned.
 */
export function useBank(): BankSnapshot;
export function useBank<T>(select: (bank: BankSnapshot) => T): T;
export function useBank<T>(select: (bank: BankSnapshot) => T = whole as (bank: BankSnapshot) => T): T {
  const store = useBankStore();
  // Remember the last snapshot and answer, so a selector that builds a value runs once per change.
  const memo = useRef<{ snapshot: BankSnapshot; select: (bank: BankSnapshot) => T; value: T } | null>(null);
  const read = () => {
    const snapshot = store.getSnapshot();
    const last = memo.current;
    if (last && last.snapshot === snapshot && last.select === select) return last.value;
    const value = select(snapshot);
    memo.current = { snapshot, select, value: last && Object.is(last.value, value) ? last.value : value };
    return memo.current.value;
  };
  return useSyncExternalStore(store.subscribe, read);
}
