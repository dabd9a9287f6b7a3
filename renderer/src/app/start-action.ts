// Event handlers and effects cannot wait for an async action (React ignores what they return), and lint
// refuses a bare `void promise` in the renderer. An action started from one goes through startAction,
// which is the promise that the action shows its own failure: its try/catch puts a clear message in its
// view's alert (or status line), so nothing the user did fails unseen. A promise whose failure may be
// dropped on purpose is written `promise.catch(() => undefined)` with a comment saying why.

/**
 * Starts `action` without waiting for it. Pass only an action that shows its own failure to the user;
 * a rejection that escapes all the same is a bug: it is logged, never left unhandled.
 */
export function startAction(action: Promise<unknown>): void {
  action.catch((error: unknown) => {
    console.error('An action failed without showing why:', error);
  });
}
