// Saving one setting through the API with a visible outcome: saving → saved, or the error message.
// Only the latest save's outcome is shown, so a slow earlier answer cannot overwrite a newer one.
import { useCallback, useRef, useState } from 'react';
import { errorMessage } from '#shared/api/errors';

export type SaveOutcome =
  { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'error'; message: string };

export function useSave() {
  const [outcome, setOutcome] = useState<SaveOutcome>({ state: 'idle' });
  const latest = useRef(0);

  const save = useCallback(async (write: () => Promise<unknown>): Promise<boolean> => {
    const ticket = ++latest.current;
    setOutcome({ state: 'saving' });
    try {
      await write();
      if (ticket === latest.current) setOutcome({ state: 'saved' });
      return true;
    } catch (e) {
      if (ticket === latest.current) setOutcome({ state: 'error', message: errorMessage(e) });
      return false;
    }
  }, []);

  /** Shows a problem found before anything was sent (e.g. min above max). */
  const fail = useCallback((message: string) => {
    latest.current++;
    setOutcome({ state: 'error', message });
  }, []);

  return { outcome, save, fail };
}
