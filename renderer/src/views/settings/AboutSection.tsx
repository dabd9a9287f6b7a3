// About: the app version and the bank file, as read once when the app started.
import { useBankStatus } from '../../bank-status/bank-status-context';
import { SettingsSection } from './SettingsSection';

export function AboutSection() {
  const { info, error } = useBankStatus().app;

  return (
    <SettingsSection id="about" title="About">
      {error && (
        <p role="alert" className="error">
          Could not reach Storybank: {error}
        </p>
      )}
      {!info && !error && <p className="muted">Loading…</p>}
      {info && (
        <dl className="facts">
          <dt>Version</dt>
          <dd data-testid="app-version">{info.version}</dd>
          <dt>Running as</dt>
          <dd>{info.runtime === 'desktop' ? 'Desktop app' : 'Local web bridge (this computer only)'}</dd>
          <dt>Your bank file</dt>
          <dd data-testid="data-file">
            <code>{info.dataFile}</code>
          </dd>
        </dl>
      )}
      <p className="muted small">Storybank never connects to the internet. Your stories stay in the file above.</p>
    </SettingsSection>
  );
}
