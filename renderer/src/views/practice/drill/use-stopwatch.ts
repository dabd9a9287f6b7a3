// A stopwatch over the practice clock. Elapsed time is always now − start, so it is exact however
// late the display ticks arrive; ticks only refresh what is on screen.
import { useCallback, useEffect, useState } from 'react';
import { useClock } from '../clock';
import { useSessionState } from '../../../data/session-state';

export interface Stopwatch {
  running: boolean;
  /** Seconds, fractional. */
  elapsed: number;
  start(): void;
  /** Stops and returns the elapsed seconds. */
  stop(): number;
  reset(): void;
}

interface Run {
  startedAt: number;
  stoppedAt?: number;
}

const TICK_MS = 200;

export function useStopwatch(): Stopwatch {
  const clock = useClock();
  // Remembered across views, so a timer keeps running while you glance at the story in Stories.
  const [run, setRun] = useSessionState<Run | null>('drill.run', null);
  const [, setTick] = useState(0);
  const running = run !== null && run.stoppedAt === undefined;

  useEffect(() => {
    if (!running) return;
    return clock.every(TICK_MS, () => setTick((t) => t + 1));
  }, [clock, running]);

  const elapsed = run ? ((run.stoppedAt ?? clock.now()) - run.startedAt) / 1000 : 0;

  const start = useCallback(() => setRun({ startedAt: clock.now() }), [clock, setRun]);
  const stop = useCallback((): number => {
    if (!run) return 0;
    const stoppedAt = run.stoppedAt ?? clock.now();
    if (run.stoppedAt === undefined) setRun({ ...run, stoppedAt });
    return (stoppedAt - run.startedAt) / 1000;
  }, [clock, run, setRun]);
  const reset = useCallback(() => setRun(null), [setRun]);

  return { running, elapsed, start, stop, reset };
}
