// Which bank is open and which app is running (desktop or web bridge), as the app sees it. Checked
// once at start; when the user switches bank (new, open, restore a backup) the generation changes,
// which remounts everything that holds bank data, so no view keeps showing the old bank.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppInfo } from '#shared/api/channels/app';
import type { BankInfo } from '#shared/api/channels/bank';
import type { StorybankApi } from '#shared/api/contract';
import { errorMessage, StorybankError, type ApiErrorCode } from '#shared/api/errors';
import { useApi } from '../api/api-context';
import { BankProvider } from '../data/bank-context';
import { clearSessionState } from '../data/session-state';
import { startAction } from '../app/start-action';

export type BankStatus =
  | { state: 'checking' }
  | { state: 'open'; info: BankInfo }
  /** No bank is open: `code` says why ('locked', 'unsupported', …), `message` is the store's own words. */
  | { state: 'problem'; info?: BankInfo; code: ApiErrorCode | 'unreachable'; message: string };

interface BankStatusValue {
  status: BankStatus;
  /** Bumped whenever another bank (or a restored one) takes over. */
  generation: number;
  /** The app's version, runtime and data file; null until known, or with `error` if the app did not answer. */
  app: { info: AppInfo | null; error?: string };
  /** Call after newBank/openBank/restoreBackup succeeded, with what it answered. */
  switched(info: BankInfo): void;
}

const BankStatusContext = createContext<BankStatusValue | null>(null);

export function BankStatusProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [status, setStatus] = useState<BankStatus>({ state: 'checking' });
  const [generation, setGeneration] = useState(0);
  const [app, setApp] = useState<BankStatusValue['app']>({ info: null });

  useEffect(() => {
    let live = true;
    // Neither part rejects: checkBank turns a failure into the bank-problem screen, appInfo into its error.
    startAction(
      Promise.all([
        checkBank(api),
        api.appInfo({}).then(
          (info) => ({ info }),
          (error: unknown) => ({ info: null, error: errorMessage(error) }),
        ),
      ]).then(([next, about]) => {
        if (!live) return;
        setStatus(next);
        setApp(about);
      }),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const switched = useCallback((info: BankInfo) => {
    clearSessionState(); // a drill in progress belongs to the bank it was started in
    setStatus(
      info.open
        ? { state: 'open', info }
        : { state: 'problem', info, code: 'not-found', message: info.problem ?? 'No bank is open.' },
    );
    setGeneration((g) => g + 1);
  }, []);

  const value = useMemo(() => ({ status, generation, app, switched }), [status, generation, app, switched]);
  return <BankStatusContext.Provider value={value}>{children}</BankStatusContext.Provider>;
}

/** The client-side bank store, rebuilt for each bank the user switches to. */
export function CurrentBankProvider({ children }: { children: ReactNode }) {
  const { generation } = useBankStatus();
  return <BankProvider key={generation}>{children}</BankProvider>;
}

export function useBankStatus(): BankStatusValue {
  const value = useContext(BankStatusContext);
  if (!value) throw new Error('useBankStatus must be used inside <BankStatusProvider>.');
  return value;
}

/** currentBank says whether a bank is open; only a failing bank call says why not (its error code). */
export async function checkBank(api: Pick<StorybankApi, 'currentBank' | 'getBank'>): Promise<BankStatus> {
  let info: BankInfo;
  try {
    info = await api.currentBank({});
  } catch (error) {
    return { state: 'problem', code: codeOf(error), message: errorMessage(error) };
  }
  if (info.open) return { state: 'open', info };
  try {
    await api.getBank({});
  } catch (error) {
    return { state: 'problem', info, code: codeOf(error), message: info.problem ?? errorMessage(error) };
  }
  return { state: 'problem', info, code: 'not-found', message: info.problem ?? 'No bank is open.' };
}

const codeOf = (error: unknown): ApiErrorCode | 'unreachable' =>
  error instanceof StorybankError ? error.code : 'unreachable';
