// Why a bank could not be opened, in plain words first, then the store's own message (which names
// the program holding a lock, or the format version).
import type { SwitchError } from './use-bank-switch';

const LEAD: Partial<Record<SwitchError['code'], string>> = {
  locked: 'That bank is in use by another program.',
  unsupported: 'That bank was saved by a newer Storybank.',
  'not-found': 'That bank file is not there.',
  conflict: 'A file with that name already exists.',
  'io-error': 'Storybank could not read or write that file.',
  'invalid-request': 'That is not a bank file Storybank can use.',
};

export function SwitchErrorMessage({ error }: { error: SwitchError }) {
  return (
    <div role="alert" className="switch-error">
      <strong>{LEAD[error.code] ?? 'That did not work.'}</strong> <span>{error.message}</span>
    </div>
  );
}
