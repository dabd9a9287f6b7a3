// The bank file: which one is open and what is in it, and switching to another (new, open, recent).
import { useBankStatus } from '../../bank-status/bank-status-context';
import { useBank } from '../../data/bank-context';
import { OpenBankControls } from '../../bank-status/OpenBankControls';
import { RecentBanks } from '../../bank-status/RecentBanks';
import { SwitchErrorMessage } from '../../bank-status/SwitchErrorMessage';
import { useBankSwitch } from '../../bank-status/use-bank-switch';
import { useRuntime } from '../../bank-status/use-runtime';
import '../../bank-status/bank-status.css';
import { SettingsSection } from './SettingsSection';
import { startAction } from '../../app/start-action';

export function BankFileSection() {
  const runtime = useRuntime();
  const { run, busy, error, switchAnyway } = useBankSwitch();
  const { status } = useBankStatus();
  const info = status.state === 'checking' ? undefined : status.info;
  // Counted from the store, so they follow what was added or trashed since the bank was opened.
  const storyCount = useBank((bank) => bank.stories.length);
  const trashCount = useBank((bank) => bank.trash.length);

  return (
    <SettingsSection
      id="bank"
      title="Bank file"
      intro="Your stories live in one file. You can keep several banks (one per job search, say) and put one in a synced folder."
    >
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
            {storyCount} {trashCount > 0 && <span className="muted">(and {trashCount} in the trash)</span>}
          </dd>
        </dl>
      )}
      <OpenBankControls runtime={runtime} busy={busy} onAction={(action) => startAction(run(action))} />
      {busy && (
        <p className="muted small" role="status">
          Opening…
        </p>
      )}
      {error && <SwitchErrorMessage error={error} onSwitchAnyway={() => startAction(switchAnyway())} />}
      <RecentBanks busy={busy} onAction={(action) => startAction(run(action))} />
    </SettingsSection>
  );
}
