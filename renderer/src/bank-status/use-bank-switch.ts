// Switching to another bank (new, open, open recent, restore a backup): save what is still pending
// in the current one, ask the API, then let the whole app reload its data for the new bank.
import { useCallback, useState } from 'react';
import type { BankInfo } from '#shared/api/channels/bank';
import { StorybankError, type ApiErrorCode, errorMessage } from '#shared/api/errors';
import { useApi } from '../api/api-context';
import { useBankStore } from '../data/bank-context';
import { useBankStatus } from './bank-status-context';

export type BankAction = { kind: 'open' | 'new'; path?: string } | { kind: 'restore'; id: string };

export interface SwitchError {
  code: ApiErrorCode | 'unreachable';
  message: string;
}

export function useBankSwitch() {
  const api = useApi();
  const store = useBankStore();
  const { switched } = useBankStatus();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SwitchError | null>(null);

  const run = useCallback(
    async (action: BankAction): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        // Unsaved edits belong to the bank they were typed in. One that cannot be saved now does not
        // hold the switch back: the edit journal keeps it and offers it back when this bank is opened again.
        await store.flush().catch(() => undefined);
        let info: BankInfo;
        if (action.kind === 'restore') info = await api.restoreBackup({ id: action.id });
        else if (action.kind === 'new') info = await api.newBank(action.path ? { path: action.path } : {});
        else info = await api.openBank(action.path ? { path: action.path } : {});
        switched(info);
        return true;
      } catch (e) {
        // Closing the file dialog is a choice, not an error.
        if (!(e instanceof StorybankError && e.code === 'cancelled')) {
          setError({
            code: e instanceof StorybankError ? e.code : 'unreachable',
            message: errorMessage(e),
          });
        }
        return false;
      } finally {
        setBusy(false);
      }
    },
    [api, store, switched],
  );

  return { run, busy, error };
}
