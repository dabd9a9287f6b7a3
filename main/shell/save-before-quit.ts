// Quitting the desktop app: hold the first quit until the bank's queued writes are on disk and its lock is
// released, then quit for real. A failure is reported and the app quits all the same (the user asked to
// quit); a second quit while saving is held too, and goes through with the first.
import type { App } from 'electron';

export interface SaveBeforeQuitOptions {
  app: Pick<App, 'on' | 'quit'>;
  /** Flushes and unlocks the open bank; undefined when there is none yet (start-up failed or not done). */
  close: () => Promise<void> | undefined;
  /** console.error in the app. */
  report: (message: string, error: unknown) => void;
}

export function saveBeforeQuit({ app, close, report }: SaveBeforeQuitOptions): void {
  let saving: Promise<void> | undefined;
  let saved = false;
  app.on('before-quit', (event) => {
    if (saved) return;
    if (saving) return event.preventDefault();
    const closing = close();
    if (!closing) return;
    event.preventDefault();
    saving = closing
      .catch((error: unknown) => report('Storybank could not finish saving before quitting:', error))
      .finally(() => {
        saved = true;
        app.quit();
      });
  });
}
