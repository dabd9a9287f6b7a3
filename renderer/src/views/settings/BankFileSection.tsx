// The bank file: which one is open and what is in it, and switching to another (new, open, recent).
import { useEffect, useState } from 'react';
import type { BankInfo } from '../../../../shared/api/channels/bank';
import { useApi } from '../../api/api-context';
import { OpenBankControls } from '../../bank-status/OpenBankControls';
import { RecentBanks } from '../../bank-status/RecentBanks';
import { SwitchErrorMessage } from '../../bank-status/SwitchErrorMessage';
import { useBankSwitch } from '../../bank-status/use-bank-switch';
import { useRuntime } from '../../bank-status/use-runtime';
import '../../bank-status/bank-status.css';
import { SettingsSection } from './SettingsSection';

export function BankFileSection() {
  const api = useApi();
  const runtime = useRuntime();
  const { run, busy, error } = useBankSwitch();
  const [info, setInfo] = useState<BankInfo | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.currentBank({}).then(
      (value) => live && setInfo(value),
      (e: unknown) => live && setLoadError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [api]);

  return (
    <SettingsSection
      id="bank"
      title="Bank file"
      intro="Your stories live in one file. You can keep several banks (one per job search, say) and put one in a synced folder."
    >
      {loadError && (
        <p role="alert" className="error">
          Could not read the bank: {loadError}
        </p>
      )}
      {info && (
        <dl className="facts" data-testid="current-bank">
          <dt>Open now</dt>
          <dd>
            <strong>{info.name}</strong>
          </dd>
          <dt>Location</dt>
          <dd>
            <code data-testid="current-bank-path">{info.path}</code>
          </dd>
          <dt>Stories</dt>
          <dd>
            {info.storyCount}{' '}
            {info.trashCount > 0 && <span className="muted">(and {info.trashCount} in the trash)</span>}
          </dd>
        </dl>
      )}
      <OpenBankControls runtime={runtime} busy={busy} onAction={(action) => void run(action)} />
      {busy && (
        <p className="muted small" role="status">
          Opening…
        </p>
      )}
      {error && <SwitchErrorMessage error={error} />}
      <RecentBanks busy={busy} onAction={(action) => void run(action)} />
    </SettingsSection>
  );
}
