// The one place the Practice view reads time. Everything goes through Date.now and setInterval, which
// Playwright's page.clock (and vitest's fake timers) control, so tests can run a drill for exactly
// 95 seconds without waiting. Components take the clock from context so a test can also inject one.
import { createContext, useContext } from 'react';

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `tick` every `ms` milliseconds until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  every: (ms, tick) => {
    const id = window.setInterval(tick, ms);
    return () => window.clearInterval(id);
  },
};

export const ClockContext = createContext<Clock>(systemClock);

export function useClock(): Clock {
  return useContext(ClockContext);
}
