// Every keyboard shortcut, in one place: the sheet shows this list, so it cannot drift from the docs.
export const MOD = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl';

export const SHORTCUT_GROUPS: { title: string; items: { keys: string[]; what: string }[] }[] = [
  {
    title: 'Stories',
    items: [
      { keys: [MOD, 'N'], what: 'New story' },
      { keys: [MOD, 'K'], what: 'Search stories' },
      { keys: ['↑', '↓'], what: 'Move through the story list' },
      { keys: ['Esc'], what: 'Clear the search' },
    ],
  },
  {
    title: 'Writing',
    items: [
      { keys: ['F8'], what: 'Next issue (read aloud by screen readers)' },
      { keys: ['Shift', 'F8'], what: 'Previous issue' },
      { keys: [MOD, 'Z'], what: 'Undo in the current section' },
      { keys: [MOD, 'Shift', 'Z'], what: 'Redo' },
      { keys: ['Tab'], what: 'Next field' },
    ],
  },
  {
    title: 'App',
    items: [
      {
        keys: [MOD, '1…8'],
        what: 'Switch view: Stories, Coverage, Projects, Loops, Companies, Practice, Export, Settings',
      },
      { keys: [MOD, '/'], what: 'This list of shortcuts' },
    ],
  },
];
