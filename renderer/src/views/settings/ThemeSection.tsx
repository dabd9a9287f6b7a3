// Auto / Light / Dark: the same setting the sidebar switch writes, so both always agree.
import type { Settings } from '#shared/domain/schemas';
import { useBank, useBankStore } from '../../data/bank-context';
import { ChoiceGroup, type Choice } from './ChoiceGroup';
import { SaveStatus } from './SaveStatus';
import { SettingsSection } from './SettingsSection';
import { useSave } from './use-save';
import { startAction } from '../../app/start-action';

const THEMES: Choice<Settings['theme']>[] = [
  { value: 'system', label: 'Auto', hint: 'Follows your system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function ThemeSection() {
  const store = useBankStore();
  const theme = useBank().settings?.theme;
  const { outcome, save } = useSave();
  return (
    <SettingsSection id="theme" title="Theme" status={<SaveStatus outcome={outcome} />}>
      <ChoiceGroup
        legend="Theme"
        name="settings-theme"
        choices={THEMES}
        value={theme}
        onChange={(v) => startAction(save(() => store.updateSettings({ theme: v })))}
      />
    </SettingsSection>
  );
}
