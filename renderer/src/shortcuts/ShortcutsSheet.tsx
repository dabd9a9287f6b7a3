// The shortcuts sheet (Ctrl+/), opened from the sidebar too.
import { useCallback } from 'react';
import { Dialog } from '../components/Dialog';
import { useShortcut } from '../app/use-shortcut';
import { SHORTCUT_GROUPS } from './shortcut-list';
import './shortcuts.css';

export function ShortcutsSheet({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  useShortcut(
    useCallback(
      (event: KeyboardEvent) => {
        if ((event.ctrlKey || event.metaKey) && (event.key === '/' || event.key === '?')) {
          onOpenChange(!open);
          return true;
        }
        return false;
      },
      [open, onOpenChange],
    ),
  );
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Keyboard shortcuts" size="large">
      <div className="shortcut-groups">
        {SHORTCUT_GROUPS.map((g) => (
          <section key={g.title} aria-labelledby={`shortcuts-${g.title}`}>
            <h3 id={`shortcuts-${g.title}`}>{g.title}</h3>
            <dl className="shortcut-list">
              {g.items.map((s) => (
                <div key={s.what} className="shortcut">
                  <dt>
                    {s.keys.map((k, i) => (
                      <kbd key={i}>{k}</kbd>
                    ))}
                  </dt>
                  <dd>{s.what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
