// Desktop or web bridge: only the desktop app can show native file dialogs, so the web bridge asks
// for a typed path instead.
import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';

export type Runtime = 'desktop' | 'web' | 'unknown';

export function useRuntime(): Runtime {
  const api = useApi();
  const [runtime, setRuntime] = useState<Runtime>('unknown');
  useEffect(() => {
    let live = true;
    api.appInfo({}).then(
      (info) => live && setRuntime(info.runtime),
      () => live && setRuntime('web'),
    );
    return () => {
      live = false;
    };
  }, [api]);
  return runtime;
}
