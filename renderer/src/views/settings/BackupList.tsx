// The backups of this bank, newest first, each with a Restore button.
import type { BackupEntry } from '#shared/api/channels/bank';
import { formatBytes, formatWhen } from './format';

export function BackupList({
  backups,
  busy,
  onRestore,
}: {
  backups: BackupEntry[];
  busy: boolean;
  onRestore: (backup: BackupEntry) => void;
}) {
  if (backups.length === 0) return <p className="muted">No backups yet. Make one now with Back up now.</p>;
  return (
    <table className="backup-table" data-testid="backup-list">
      <caption className="sr-only">Backups of this bank, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Made</th>
          <th scope="col">Size</th>
          <th scope="col">Kind</th>
          <th scope="col">
            <span className="sr-only">Action</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((b) => (
          <tr key={b.id}>
            <td>{formatWhen(b.at)}</td>
            <td>{formatBytes(b.bytes)}</td>
            <td className="muted">{b.kind === 'pre-migration' ? 'Before an upgrade' : 'Regular'}</td>
            <td>
              <button
                type="button"
                className="button"
                disabled={busy}
                aria-label={`Restore the backup of ${formatWhen(b.at)}`}
                onClick={() => onRestore(b)}
              >
                Restore
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
