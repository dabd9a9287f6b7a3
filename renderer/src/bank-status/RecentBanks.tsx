// Open recent: the banks this computer opened before, newest first.
import { useEffect, useState } from 'react';
import type { RecentBankEntry } from '#shared/api/channels/bank';
import { useApi } from '../api/api-context';
import type { BankAction } from './use-bank-switch';
import { errorMessage } from '#shared/api/errors';

export function RecentBanks({
  busy,
  onAction,
  headingLevel = 3,
}: {
  busy: boolean;
  onAction: (action: BankAction) => void;
  headingLevel?: 2 | 3;
}) {
  const api = useApi();
  const [banks, setBanks] = useState<RecentBankEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.listRecentBanks({}).then(
      (value) => live && setBanks(value.banks),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="recent-banks">
      <Heading id="recent-banks-heading">Open recent</Heading>
      {error && <p className="error">Could not list recent banks: {error}</p>}
      {banks && banks.length === 0 && <p className="muted small">No other banks opened yet.</p>}
      {banks && banks.length > 0 && (
        <ul aria-labelledby="recent-banks-heading" className="recent-list">
          {banks.map((b) => (
            <li key={b.path} className="recent-item">
              <span className="recent-file">
                <span className="recent-name">{b.name}</span>
                <code className="recent-path">{b.path}</code>
              </span>
              {b.current ? (
                <span className="badge">Open now</span>
              ) : !b.exists ? (
                <span className="badge muted">Missing</span>
              ) : (
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  aria-label={`Open ${b.name} (${b.path})`}
                  onClick={() => onAction({ kind: 'open', path: b.path })}
                >
                  Open
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
