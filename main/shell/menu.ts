// The application menu: standard roles (so Cut/Copy/Paste/Undo and window shortcuts work on every
// platform) plus Storybank's own commands, which are sent to the renderer as menu actions. The page
// handles those keys itself, so their accelerators are shown but not registered
// (registerAccelerator: false): a key press reaches the page once, and a menu click is replayed there.
import type { MenuItemConstructorOptions } from 'electron';

export type MenuAction =
  | 'new-story'
  | 'new-bank'
  | 'open-bank'
  | 'search'
  | 'next-finding'
  | 'previous-finding'
  | 'show-shortcuts'
  | `view:${string}`;

export function menuTemplate(
  platform: NodeJS.Platform,
  send: (action: MenuAction) => void,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const views: [string, string][] = [
    ['stories', 'Stories'],
    ['coverage', 'Coverage'],
    ['projects', 'Projects'],
    ['loops', 'Loops'],
    ['companies', 'Companies'],
    ['practice', 'Practice'],
    ['export', 'Export'],
    ['settings', 'Settings'],
  ];
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Story', accelerator: 'CmdOrCtrl+N', registerAccelerator: false, click: () => send('new-story') },
        { type: 'separator' },
        // A bank file is a document: several can be kept, one open at a time.
        { label: 'New Bank…', accelerator: 'CmdOrCtrl+Shift+N', click: () => send('new-bank') },
        { label: 'Open Bank…', accelerator: 'CmdOrCtrl+O', click: () => send('open-bank') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'Go',
      submenu: [
        {
          label: 'Search Stories',
          accelerator: 'CmdOrCtrl+K',
          registerAccelerator: false,
          click: () => send('search'),
        },
        { label: 'Next Finding', accelerator: 'F8', registerAccelerator: false, click: () => send('next-finding') },
        {
          label: 'Previous Finding',
          accelerator: 'Shift+F8',
          registerAccelerator: false,
          click: () => send('previous-finding'),
        },
        { type: 'separator' },
        ...views.map(([id, label], i): MenuItemConstructorOptions => ({
          label,
          accelerator: `CmdOrCtrl+${i + 1}`,
          registerAccelerator: false,
          click: () => send(`view:${id}`),
        })),
      ],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        {
          label: 'Keyboard Shortcuts',
          accelerator: 'CmdOrCtrl+/',
          registerAccelerator: false,
          click: () => send('show-shortcuts'),
        },
      ],
    },
  ];
}
