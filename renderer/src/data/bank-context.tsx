// Puts one BankStore in React context for every view, loads it, and flushes unsaved edits whenever
// the page may go away (hidden, closed, reloaded). Views read it with useBank() / useBankStore().
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useApi } from '../api/api-context';
import { BankStore, type BankSnapshot } from './bank-store';
import { createApiGateway } from './api-gateway';

const BankContext = createContext<BankStore | null>(null);

export function BankProvider({ store: given, children }: { store?: BankStore; children: ReactNode }) {
  const api = useApi();
  const [store] = useState(() => given ?? new BankStore(createApiGateway(api)));

  useEffect(() => {
    void store.load();
  }, [store]);

  useEffect(() => {
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

  return <BankContext.Provider value={store}>{children}</BankContext.Provider>;
}

export function useBankStore(): BankStore {
  const store = useContext(BankContext);
  if (!store) throw new Error('useBankStore must be used inside <BankProvider>.');
  return store;
}

export function useBank(): BankSnapshot {
  const store = useBankStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
