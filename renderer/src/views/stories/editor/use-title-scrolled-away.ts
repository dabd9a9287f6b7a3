// Whether the story's title field has scrolled up under the editor's sticky toolbar, so the toolbar
// can show the title instead: whoever is working on the Result still sees which story it is.
import { useEffect, useState, type RefObject } from 'react';

/** True while the title field inside `toolbar`'s editor is scrolled above the toolbar's bottom edge. */
export function useTitleScrolledAway(toolbar: RefObject<HTMLElement | null>): boolean {
  const [away, setAway] = useState(false);
  useEffect(() => {
    const bar = toolbar.current;
    // The stories view scrolls the editor in its own pane (stories-view.css .editor-pane).
    const pane = bar?.closest('.editor-pane');
    const title = bar?.parentElement?.querySelector('.story-title-input');
    if (!bar || !pane || !title) return;
    const check = () => setAway(title.getBoundingClientRect().bottom <= bar.getBoundingClientRect().bottom);
    // First read in the next frame, whose layout it then shares: read during the editor's mount, it
    // forced a layout of the whole new workspace inside the mount's task (20–70 ms on a big bank).
    const frame = requestAnimationFrame(check);
    pane.addEventListener('scroll', check, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      pane.removeEventListener('scroll', check);
    };
  }, [toolbar]);
  return away;
}
