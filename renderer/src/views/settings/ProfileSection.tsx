// Your name and target role, printed in the story sheet's header. Each field saves when you leave it.
import { useId, useState } from 'react';
import type { Profile } from '#shared/domain/schemas';
import { useBank, useBankStore } from '../../data/bank-context';
import { SaveStatus } from './SaveStatus';
import { SettingsSection } from './SettingsSection';
import { startAction } from '../../app/start-action';
import { useSave } from './use-save';

const FIELDS: { key: keyof Profile; label: string; placeholder: string }[] = [
  { key: 'name', label: 'Your name', placeholder: 'Ada Lovelace' },
  { key: 'targetRole', label: 'Target role', placeholder: 'Staff ML engineer' },
];

export function ProfileSection() {
  const store = useBankStore();
  const saved = useBank((bank) => bank.profile);
  const id = useId();
  // What is typed but not saved yet; a field shows the saved profile until it is edited.
  const [typed, setTyped] = useState<Partial<Profile>>({});
  const draft = saved ? { ...saved, ...typed } : null;
  const { outcome, save } = useSave();

  const commit = (key: keyof Profile) => {
    if (!draft || !saved || draft[key] === saved[key]) return;
    const value = draft[key];
    startAction(
      save(async () => {
        await store.updateProfile({ [key]: value });
      }),
    );
  };

  return (
    <SettingsSection
      id="profile"
      title="Profile"
      intro="Printed in the header of your story sheet."
      status={<SaveStatus outcome={outcome} />}
    >
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
              onChange={(e) => setTyped((t) => ({ ...t, [f.key]: e.target.value }))}
              onBlur={() => commit(f.key)}
              onKeyDown={(e) => e.key === 'Enter' && commit(f.key)}
            />
          </div>
        ))}
      </form>
    </SettingsSection>
  );
}
