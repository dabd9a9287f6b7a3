// The visible saved / saving / error state of the autosave queue.
import type { SaveState } from '../../../data/autosave-queue';

const TEXT: Record<SaveState, string> = { saved: 'Saved', pending: 'Editing…', saving: 'Saving…', error: 'Not saved' };

export function SaveStatus({ state, error, onRetry }: { state: SaveState; error?: string; onRetry: () => void }) {
  return (
    <div className={`save-status save-${state}`} data-testid="save-status" data-state={state}>
      <span className="save-dot" aria-hidden="true" />
      <span role="status">{TEXT[state]}</span>
      {state === 'error' && (
        <>
          <span className="save-error-text" title={error}>
            {error}
          </span>
          <button type="button" className="button small-button" onClick={onRetry}>
            Retry
          </button>
        </>
      )}
    </div>
  );
}
