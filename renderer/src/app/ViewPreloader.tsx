// The other views' chunks are fetched once the bank is on screen, not while it loads: on a cold start
// their twenty-odd requests reached the server together with the bank's read and their compiles took
// the main thread while the bank's answer waited, so the first story list painted later.
import { useEffect } from 'react';
import { useBank } from '../data/bank-context';
import { browserScheduler, type SliceScheduler } from '../data/sliced-work';
import { preloadViews } from './views';

/**
 * Calls `preload` once, in a task after the first frame painted with the bank loaded (or failed to
 * load). Renders nothing; it belongs inside the bank's provider.
 */
export function ViewPreloader({
  preload = preloadViews,
  scheduler = browserScheduler,
}: {
  preload?: () => void;
  scheduler?: Pick<SliceScheduler, 'soon'>;
}) {
  const loaded = useBank((bank) => bank.status !== 'loading');
  useEffect(() => {
    if (!loaded) return;
    let cancel = () => {};
    // The frame callback runs before the paint that shows the bank; the task it queues, after it.
    const frame = requestAnimationFrame(() => {
      cancel = scheduler.soon(preload);
    });
    return () => {
      cancelAnimationFrame(frame);
      cancel();
    };
  }, [loaded, preload, scheduler]);
  return null;
}
