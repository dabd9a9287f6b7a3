// Desktop or web bridge: only the desktop app can show native file dialogs, so the web bridge asks
// for a typed path instead.
import { useBankStatus } from './bank-status-context';

export type Runtime = 'desktop' | 'web' | 'unknown';

export function useRuntime(): Runtime {
  const { app } = useBankStatus();
  return app.info?.runtime ?? (app.error ? 'web' : 'unknown');
}
