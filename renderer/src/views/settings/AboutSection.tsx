// About: the app version and the bank file — the first round trip renderer → API → main.
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../shared/api/channels/app';
import { useApi } from '../../api/api-context';
import { SettingsSection } from './SettingsSection';

export function AboutSection() {
  const api = useApi();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.appInfo({}).then(
      (value) => live && setInfo(value),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [api]);

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
