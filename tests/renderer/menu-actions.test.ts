import { describe, expect, it } from 'vitest';
import { keyForMenuAction, replayMenuAction } from '../../renderer/src/app/menu-actions';

const views = [{ id: 'stories' }, { id: 'coverage' }, { id: 'loops' }];

describe('menu actions', () => {
  it('maps each menu command to the key the page handles', () => {
    expect(keyForMenuAction('new-story', views)).toEqual({ key: 'n', ctrlKey: true });
    expect(keyForMenuAction('previous-finding', views)).toEqual({ key: 'F8', shiftKey: true });
    expect(keyForMenuAction('view:loops', views)).toEqual({ key: '3', ctrlKey: true });
    expect(keyForMenuAction('view:nowhere', views)).toBeUndefined();
    expect(keyForMenuAction('format-disk', views)).toBeUndefined();
  });

  it('replays a menu command as one keydown on the window', () => {
    const seen: string[] = [];
    const listener = (e: KeyboardEvent) => seen.push(`${e.ctrlKey ? 'Ctrl+' : ''}${e.key}`);
    window.addEventListener('keydown', listener);
    expect(replayMenuAction('search', views)).toBe(true);
    expect(replayMenuAction('unknown', views)).toBe(false);
    window.removeEventListener('keydown', listener);
    expect(seen).toEqual(['Ctrl+k']);
  });
});
