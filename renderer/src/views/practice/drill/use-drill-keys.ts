// The drill's keyboard map. Keys are ignored while typing in a field (the note, a select), and with
// Ctrl/Cmd/Alt held, so they never fight the app's own shortcuts or the text being typed.
import { useCallback } from 'react';
import { useShortcut } from '../../../app/use-shortcut';

export interface DrillKeyActions {
  space(): boolean;
  digit(n: number): boolean;
  next(): boolean;
  enter(): boolean;
  escape(): boolean;
  toggleCues(): boolean;
  togglePacing(): boolean;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) &&
      !(target instanceof HTMLInputElement && target.type === 'radio'))
  );
}

export function useDrillKeys(actions: DrillKeyActions, enabled: boolean): void {
  const handler = useCallback(
    (event: KeyboardEvent): boolean => {
      if (!enabled || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return false;
      if (event.key === 'Escape') return actions.escape();
      if (isTyping(event.target)) return false;
      switch (event.key) {
        case ' ':
          return actions.space();
        case 'Enter':
          return event.target instanceof HTMLButtonElement ? false : actions.enter();
        case 'n':
        case 'N':
          return actions.next();
        case 'c':
        case 'C':
          return actions.toggleCues();
        case 'p':
        case 'P':
          return actions.togglePacing();
        default:
          return /^[1-5]$/.test(event.key) ? actions.digit(Number(event.key)) : false;
      }
    },
    [actions, enabled],
  );
  useShortcut(handler);
}
