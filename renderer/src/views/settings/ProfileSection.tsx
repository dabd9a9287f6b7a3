// Your name and target role, printed in the story sheet's header. Each field saves when you leave it.
import { useEffect, useId, useRef, useState } from 'react';
import type { Profile } from '../../../../shared/domain/schemas';
import { useApi } from '../../api/api-context';
import { SaveStatus } from './SaveStatus';
import { SettingsSection } from './SettingsSection';
import { useSave } from './use-save';

const FIELDS: { key: keyof Profile; label: string; placeholder: string }[] = [
  { key: 'name', label: 'Your name', placeholder: 'Ada Lovelace' },
  { key: 'targetRole', label: 'Target role', placeholder: 'Staff ML engineer' },
];

export function ProfileSection() {
  const api = useApi();
  const id = useId();
  const [draft, setDraft] = useState<Profile | null>(null);
  const saved = useRef<Profile | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const { outcome, save } = useSave();

  useEffect(() => {
    let live = true;
    api.getProfile({}).then(
      (profile) => {
        if (!live) return;
        saved.current = profile;
        setDraft(profile);
      },
      (e: unknown) => live && setLoadError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const commit = (key: keyof Profile) => {
    if (!draft || !saved.current || draft[key] === saved.current[key]) return;
    const value = draft[key];
    void save(async () => {
      saved.current = await api.updateProfile({ [key]: value });
    });
  };

  return (
    <SettingsSection
      id="profile"
      title="Profile"
      intro="Printed in the header of your story sheet."
      status={<SaveStatus outcome={outcome} />}
    >
      {loadError && (
        <p role="alert" className="error">
          Could not load your profile: {loadError}
        </p>
      )}
      <form className="settings-fields" onSubmit={(e) => e.preventDefault()}>
        {FIELDS.map((f) => (
          <div key={f.key} className="settings-field">
            <label htmlFor={`${id}-${f.key}`}>{f.label}</label>
            <input
              id={`${id}-${f.key}`}
              className="text-input"
              type="text"
              autoComplete={f.key === 'name' ? 'name' : 'organization-title'}
              placeholder={f.placeholder}
              maxLength={200}
              disabled={!draft}
              value={draft?.[f.key] ?? ''}
              onChange={(e) => setDraft((d) => (d ? { ...d, [f.key]: e.target.value } : d))}
              onBlur={() => commit(f.key)}
              onKeyDown={(e) => e.key === 'Enter' && commit(f.key)}
            />
          </div>
        ))}
      </form>
    </SettingsSection>
  );
}
