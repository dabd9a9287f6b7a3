// Switching to another bank (new, open, open recent, restore a backup): save what is still pending
// in the current one, ask the API, then let the whole app reload its data for the new bank.
import { useCallback, useState } from 'react';
import type { BankInfo } from '#shared/api/channels/bank';
import { StorybankError, type ApiErrorCode, errorMessage } from '#shared/api/errors';
import { useApi } from '../api/api-context';
import { useBankStore } from '../data/bank-context';
import { UnsavedEditsError } from '../data/autosave-queue';
import { useBankStatus } from './bank-status-context';

export type BankAction = { kind: 'open' | 'new'; path?: string } | { kind: 'restore'; id: string };

export interface SwitchError {
  /** 'unsaved': edits in the open bank could not be saved, so the switch was held back. */
  code: ApiErrorCode | 'unreachable' | 'unsaved';
  message: string;
  /** For 'unsaved': what is not saved (story titles, project names). */
  unsaved?: string[];
}

export function useBankSwitch() {
  const api = useApi();
  const store = useBankStore();
  const { switched } = useBankStatus();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SwitchError | null>(null);
  // The switch held back by unsaved edits, for "Switch anyway".
  const [held, setHeld] = useState<BankAction | null>(null);

  const run = useCallback(
    async (action: BankAction, { anyway = false }: { anyway?: boolean } = {}): Promise<boolean> => {
      setBusy(true);
      setError(null);
      setHeld(null);
      try {
        // Unsaved edits belong to the bank they were typed in: one that cannot be saved holds the switch
        // until the user fixes it or switches anyway (the edit journal then keeps it for this bank).
        try {
          await store.flush();
        } catch (e) {
          if (!(e instanceof UnsavedEditsError)) throw e;
          if (!anyway) {
            setError({ code: 'unsaved', message: e.reason, unsaved: store.unsavedNames() });
            setHeld(action);
            return false;
          }
        }
        let info: BankInfo;
        if (action.kind === 'restore') info = await api.restoreBackup({ id: action.id });
        else if (action.kind === 'new') info = await api.newBank(action.path ? { path: action.path } : {});
        else info = await api.openBank(action.path ? { path: action.path } : {});
        store.close();
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

  /** Runs the switch that unsaved edits held back, leaving them in the edit journal. */
  const switchAnyway = useCallback(async () => (held ? run(held, { anyway: true }) : false), [held, run]);

  return { run, busy, error, switchAnyway };
}
