// Which story the editor pane shows. The story open last time is reopened once the bank has loaded
// (after the list has painted, and after the analyzer's warm-up: analyzer-warm-up.ts), and every story
// opened is remembered in settings for next time.
import { useCallback, useEffect, useRef, useState } from 'react';
import { afterWarmUp } from '../../../data/analyzer-warm-up';
import { useBank, useBankStore } from '../../../data/bank-context';

export function useOpenStory() {
  const store = useBankStore();
  const status = useBank((b) => b.status);
  const lastOpenStoryId = useBank((b) => b.settings?.lastOpenStoryId);
  const byId = useBank((b) => b.byId);
  const firstId = useBank((b) => b.stories[0]?.id ?? null);
  const [openId, setOpenId] = useState<string | null>(null);

  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || status !== 'ready') return;
    const id = lastOpenStoryId && byId.has(lastOpenStoryId) ? lastOpenStoryId : firstId;
    // Paint the list first, then warm the analyzer up in short tasks (its first story in a page took
    // 70–125 ms in one task), then mount the editor (five CodeMirror views) in a task of its own.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelWarmUp = () => {};
    const frame = requestAnimationFrame(() => {
      cancelWarmUp = afterWarmUp(id ? byId.get(id) : undefined, () => {
        timer = setTimeout(() => {
          restored.current = true;
          setOpenId((current) => current ?? id);
        }, 0);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      cancelWarmUp();
      clearTimeout(timer);
    };
  }, [status, lastOpenStoryId, byId, firstId]);

  const open = useCallback(
    (id: string | null) => {
      setOpenId(id);
      // Only which story opens next time: if it is not remembered, nothing the user wrote is lost.
      if (id && id !== lastOpenStoryId) void store.updateSettings({ lastOpenStoryId: id }).catch(() => undefined);
    },
    [store, lastOpenStoryId],
  );

  return { openId, open, openStory: openId ? byId.get(openId) : undefined };
}
