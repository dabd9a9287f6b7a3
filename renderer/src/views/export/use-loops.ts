// The bank's interview loops, for the "one loop" scope. Loaded once when the view opens.
import { useEffect, useState } from 'react';
import type { Loop } from '../../../../shared/domain/schemas';
import { useApi } from '../../api/api-context';

export function useLoopList(): Loop[] {
  const api = useApi();
  const [loops, setLoops] = useState<Loop[]>([]);
  useEffect(() => {
    let live = true;
    api.listLoops({}).then(
      (r) => live && setLoops(r.loops),
      () => live && setLoops([]),
    );
    return () => {
      live = false;
    };
  }, [api]);
  return loops;
}

export function loopLabel(loop: Loop): string {
  return [loop.company || 'Untitled loop', loop.role, loop.date].filter(Boolean).join(' · ');
}
