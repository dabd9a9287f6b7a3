// The bottom of the sidebar: the shortcuts sheet and the theme switch.
import { useState } from 'react';
import { ThemeSwitcher } from '../theme/ThemeSwitcher';
import { MOD } from './shortcut-list';
import { ShortcutsSheet } from './ShortcutsSheet';

export function SidebarTools() {
  const [open, setOpen] = useState(false);
  return (
    <div className="sidebar-tools">
      <button type="button" className="sidebar-tool" onClick={() => setOpen(true)}>
        <span>Shortcuts</span>
        <kbd>{MOD} /</kbd>
      </button>
      <ThemeSwitcher />
      <ShortcutsSheet open={open} onOpenChange={setOpen} />
    </div>
  );
}
