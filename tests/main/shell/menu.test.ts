import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../../main/shell/menu';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe('the application menu', () => {
  it('keeps the standard edit and window roles (Undo, Copy, Paste… work everywhere)', () => {
    const roles = items(menuTemplate('linux', () => {})).map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['editMenu', 'viewMenu', 'windowMenu', 'quit']));
    expect(items(menuTemplate('darwin', () => {})).map((i) => i.role)).toContain('appMenu');
  });

  it('sends Storybank commands to the page and lets the page own their keys', () => {
    const send = vi.fn();
    const own = items(menuTemplate('linux', send)).filter((i) => i.click);
    expect(own.map((i) => i.accelerator)).toEqual(expect.arrayContaining(['CmdOrCtrl+N', 'CmdOrCtrl+K', 'F8', 'Shift+F8', 'CmdOrCtrl+1', 'CmdOrCtrl+6', 'CmdOrCtrl+/']));
    for (const item of own) expect(item.registerAccelerator, item.label).toBe(false);
    own.find((i) => i.label === 'New Story')!.click!(undefined as never, undefined as never, undefined as never);
    own.find((i) => i.label === 'Coverage')!.click!(undefined as never, undefined as never, undefined as never);
    expect(send.mock.calls).toEqual([['new-story'], ['view:coverage']]);
  });
});
