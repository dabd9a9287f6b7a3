// The saved / saving / error line under a settings section. Always in the page, so screen readers
// hear each change (a live region must exist before its text changes).
import type { SaveOutcome } from './use-save';

const TEXT = { idle: '', saving: 'Saving…' } as const;

export function SaveStatus({
  outcome,
  id,
  savedText = 'Saved',
}: {
  outcome: SaveOutcome;
  id?: string;
  savedText?: string;
}) {
  return (
    <p
      id={id}
      className={`save-note save-${outcome.state}`}
      role="status"
      data-testid="settings-save"
      data-state={outcome.state}
    >
      {outcome.state === 'error' ? (
        <>Not saved: {outcome.message}</>
      ) : outcome.state === 'saved' ? (
        savedText
      ) : (
        TEXT[outcome.state]
      )}
    </p>
  );
}
