// Why a bank could not be opened, in plain words first, then the store's own message (which names
// the program holding a lock, or the format version). Unsaved edits that held the switch back are
// named, with what to do and a way to switch anyway without losing them.
import type { SwitchError } from './use-bank-switch';

const LEAD: Partial<Record<SwitchError['code'], string>> = {
  locked: 'That bank is in use by another program.',
  unsupported: 'That bank was saved by a newer Storybank.',
  'not-found': 'That bank file is not there.',
  conflict: 'A file with that name already exists.',
  'io-error': 'Storybank could not read or write that file.',
  'invalid-request': 'That is not a bank file Storybank can use.',
};

const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join(', ');

export function SwitchErrorMessage({ error, onSwitchAnyway }: { error: SwitchError; onSwitchAnyway?: () => void }) {
  if (error.code === 'unsaved') {
    const names = error.unsaved ?? [];
    return (
      <div role="alert" className="switch-error" data-testid="switch-held">
        <p>
          <strong>
            {names.length > 0 ? `Changes to ${quoted(names)} are not saved` : 'Your latest changes are not saved'}, so
            this bank stays open.
          </strong>{' '}
          <span>{error.message}</span>
        </p>
        <p>
          Correct what the message names (or undo it) and try again. Or switch anyway: the unsaved text is kept and
          offered back when you open this bank again.
        </p>
        {onSwitchAnyway && (
          <button type="button" className="button" onClick={onSwitchAnyway}>
            Switch anyway
          </button>
        )}
      </div>
    );
  }
  return (
    <div role="alert" className="switch-error">
      <strong>{LEAD[error.code] ?? 'That did not work.'}</strong> <span>{error.message}</span>
    </div>
  );
}
