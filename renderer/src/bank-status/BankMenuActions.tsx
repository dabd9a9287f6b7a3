// File ▸ New Bank… / Open Bank… in the desktop menu: the same switch as Settings ▸ Bank file, with
// the native dialog (main shows it when the request has no path). Renders only an error, if any.
import { useEffect } from 'react';
import { SwitchErrorMessage } from './SwitchErrorMessage';
import { useBankSwitch } from './use-bank-switch';
import { startAction } from '../app/start-action';

export const BANK_MENU_ACTIONS = { 'new-bank': 'new', 'open-bank': 'open' } as const;

export function BankMenuActions() {
  const { run, error, switchAnyway } = useBankSwitch();
  useEffect(
    () =>
      window.storybankMenu?.onAction((action) => {
        const kind = BANK_MENU_ACTIONS[action as keyof typeof BANK_MENU_ACTIONS];
        if (kind) startAction(run({ kind }));
      }),
    [run],
  );
  return error ? <SwitchErrorMessage error={error} onSwitchAnyway={() => startAction(switchAnyway())} /> : null;
}
