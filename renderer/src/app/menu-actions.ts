// Desktop menu commands (File ▸ New Story, Go ▸ Next Finding…) arrive from main as action names.
// The menu shows the same shortcuts the page already handles (its items don't register their
// accelerators, see main/shell/menu.ts), so a menu click is replayed as that key press: one code path
// per command, whether it came from the keyboard or the menu.
export const MENU_ACTION_KEYS: Record<string, KeyboardEventInit> = {
  'new-story': { key: 'n', ctrlKey: true },
  search: { key: 'k', ctrlKey: true },
  'next-finding': { key: 'F8' },
  'previous-finding': { key: 'F8', shiftKey: true },
  'show-shortcuts': { key: '/', ctrlKey: true },
};

export function keyForMenuAction(action: string, views: readonly { id: string }[]): KeyboardEventInit | undefined {
  if (action.startsWith('view:')) {
    const index = views.findIndex((v) => v.id === action.slice(5));
    return index >= 0 ? { key: String(index + 1), ctrlKey: true } : undefined;
  }
  return MENU_ACTION_KEYS[action];
}

export function replayMenuAction(
  action: string,
  views: readonly { id: string }[],
  target: EventTarget = window,
): boolean {
  const init = keyForMenuAction(action, views);
  if (!init) return false;
  target.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true }));
  return true;
}
