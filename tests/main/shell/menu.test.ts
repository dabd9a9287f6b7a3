import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../../main/shell/menu';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe('the application menu', () => {
  it('keeps the standard edit and window roles (Undo, Copy, Paste… work everywhere)', () => {
    const roles = items(menuTemplate('linux', () => {}))
      .map((i) => i.role)
      .filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['editMenu', 'viewMenu', 'windowMenu', 'quit']));
    expect(items(menuTemplate('darwin', () => {})).map((i) => i.role)).toContain('appMenu');
  });

  it('sends Storybank commands to the page and lets the page own their keys', () => {
    const send = vi.fn();
    const own = items(menuTemplate('linux', send)).filter((i) => i.click);
    expect(own.map((i) => i.accelerator)).toEqual(
      expect.arrayContaining([
        'CmdOrCtrl+N',
        'CmdOrCtrl+K',
        'F8',
        'Shift+F8',
        'CmdOrCtrl+1',
        'CmdOrCtrl+7',
        'CmdOrCtrl+/',
      ]),
    );
    const pageKeys = own.filter((i) => !/Bank/.test(String(i.label)));
    for (const item of pageKeys) expect(item.registerAccelerator, item.label).toBe(false);
    // Bank files are the shell's business: their shortcuts are real accelerators.
    const bank = own.filter((i) => /Bank/.test(String(i.label)));
    expect(bank.map((i) => [i.label, i.accelerator, i.registerAccelerator])).toEqual([
      ['New Bank…', 'CmdOrCtrl+Shift+N', undefined],
      ['Open Bank…', 'CmdOrCtrl+O', undefined],
    ]);
    own.find((i) => i.label === 'New Story')!.click!(undefined as never, undefined as never, undefined as never);
    own.find((i) => i.label === 'Coverage')!.click!(undefined as never, undefined as never, undefined as never);
    own.find((i) => i.label === 'Open Bank…')!.click!(undefined as never, undefined as never, undefined as never);
    expect(send.mock.calls).toEqual([['new-story'], ['view:coverage'], ['open-bank']]);
  });
});
