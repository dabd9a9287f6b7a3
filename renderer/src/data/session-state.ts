// State that outlives the component holding it, for as long as the page is open: a drill in progress
// (the question, the chosen story, a running timer, a half-written note) survives switching to another
// view and back. Kept in memory only; a reload starts a fresh drill (logged attempts are in the bank).
import { useCallback, useState, type SetStateAction } from 'react';

const memory = new Map<string, unknown>();

export function useSessionState<T>(key: string, initial: T | (() => T)): [T, (next: SetStateAction<T>) => void] {
  const [value, setValue] = useState<T>(() => {
    if (memory.has(key)) return memory.get(key) as T;
    return typeof initial === 'function' ? (initial as () => T)() : initial;
  });
  const set = useCallback(
    (next: SetStateAction<T>) => {
      setValue((previous) => {
        const value = typeof next === 'function' ? (next as (p: T) => T)(previous) : next;
        memory.set(key, value); // idempotent, so React calling this updater twice (StrictMode) is harmless
        return value;
      });
    },
    [key],
  );
  return [value, set];
}

/** Forgets every remembered value: called when the app switches to another bank. */
export function clearSessionState(): void {
  memory.clear();
}

/**
 * useReducer whose state outlives the component, like useSessionState. `resume` adjusts a state
 * remembered from an earlier mount (e.g. drops what belonged to that visit).
 */
export function useSessionReducer<S, A>(
  key: string,
  reducer: (state: S, action: A) => S,
  initial: () => S,
  resume: (remembered: S) => S = (s) => s,
): [S, (action: A) => void] {
  const [state, setState] = useState<S>(() => (memory.has(key) ? resume(memory.get(key) as S) : initial()));
  const dispatch = useCallback(
    (action: A) =>
      setState((previous) => {
        const next = reducer(previous, action);
        memory.set(key, next); // idempotent, so React calling this updater twice (StrictMode) is harmless
        return next;
      }),
    [key, reducer],
  );
  return [state, dispatch];
}
