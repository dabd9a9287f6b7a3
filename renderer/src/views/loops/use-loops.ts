// The loops list for the Loops view: loaded once, then kept in step with every change made here.
import { useCallback, useEffect, useState } from 'react';
import type { Loop } from '../../../../shared/domain/schemas';
import { useApi } from '../../api/api-context';
import { messageOf } from '../../data/bank-store';

export interface LoopsState {
  loops: Loop[];
  status: 'loading' | 'ready' | 'error';
  error?: string;
  /** Puts a loop the server returned in the list (new or changed). */
  put: (loop: Loop) => void;
  remove: (id: string) => void;
  reload: () => Promise<void>;
}

export function useLoops(): LoopsState {
  const api = useApi();
  const [loops, setLoops] = useState<Loop[]>([]);
  const [status, setStatus] = useState<LoopsState['status']>('loading');
  const [error, setError] = useState<string>();

  const reload = useCallback(async () => {
    try {
      const { loops: list } = await api.listLoops({});
      setLoops(list);
      setStatus('ready');
    } catch (e) {
      setError(messageOf(e));
      setStatus('error');
    }
  }, [api]);

  useEffect(() => {
    let live = true;
    api.listLoops({}).then(
      ({ loops: list }) => {
        if (live) {
          setLoops(list);
          setStatus('ready');
        }
      },
      (e: unknown) => {
        if (live) {
          setError(messageOf(e));
          setStatus('error');
        }
      },
    );
    return () => {
      live = false;
    };
  }, [api]);

  const put = useCallback((loop: Loop) => {
    setLoops((all) =>
      all.some((l) => l.id === loop.id) ? all.map((l) => (l.id === loop.id ? loop : l)) : [...all, loop],
    );
  }, []);
  const remove = useCallback((id: string) => setLoops((all) => all.filter((l) => l.id !== id)), []);

  return { loops, status, error, put, remove, reload };
}
