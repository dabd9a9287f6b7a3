import { useEffect } from 'react';

/** Listens for keydown on the window; the handler returns true when it handled the key. */
export function useShortcut(handler: (event: KeyboardEvent) => boolean): void {
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (handler(event)) event.preventDefault();
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [handler]);
}
