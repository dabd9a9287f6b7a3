// The stories ticked in the list for a bulk change. Shift-click ticks or unticks the range since the
// last toggled row, like a file manager.
import { useCallback, useRef, useState } from 'react';
import type { Story } from '#shared/domain/schemas';

export function useStorySelection(visible: readonly Story[]) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const lastToggled = useRef<number | null>(null);

  const toggle = useCallback(
    (id: string, index: number, shiftKey: boolean) => {
      setSelected((sel) => {
        const next = new Set(sel);
        const on = !sel.has(id);
        if (shiftKey && lastToggled.current !== null) {
          const [a, b] = [Math.min(lastToggled.current, index), Math.max(lastToggled.current, index)];
          for (const s of visible.slice(a, b + 1))
            if (on) next.add(s.id);
            else next.delete(s.id);
        } else if (on) next.add(id);
        else next.delete(id);
        return next;
      });
      lastToggled.current = index;
    },
    [visible],
  );

  /** Unticks stories that left the list (moved to the trash). */
  const drop = useCallback((ids: readonly string[]) => {
    setSelected((sel) => (ids.some((id) => sel.has(id)) ? new Set([...sel].filter((id) => !ids.includes(id))) : sel));
  }, []);
  const clear = useCallback(() => setSelected(new Set()), []);

  return { selected, toggle, drop, clear };
}
