// The story sheet's paper size: A4 or US Letter (the one-page plan depends on it).
import type { Settings } from '#shared/domain/schemas';
import { useBank, useBankStore } from '../../data/bank-context';
import { ChoiceGroup, type Choice } from './ChoiceGroup';
import { SaveStatus } from './SaveStatus';
import { SettingsSection } from './SettingsSection';
import { useSave } from './use-save';
import { startAction } from '../../app/start-action';

const SIZES: Choice<Settings['paperSize']>[] = [
  { value: 'a4', label: 'A4', hint: '210 × 297 mm' },
  { value: 'letter', label: 'US Letter', hint: '8.5 × 11 in' },
];

export function PaperSizeSection() {
  const store = useBankStore();
  const paperSize = useBank().settings?.paperSize;
  const { outcome, save } = useSave();
  return (
    <SettingsSection
      id="paper"
      title="Story sheet paper size"
      intro="The one-page story sheet is laid out to fit this paper."
      status={<SaveStatus outcome={outcome} />}
    >
      <ChoiceGroup
        legend="Story sheet paper size"
        name="settings-paper-size"
        choices={SIZES}
        value={paperSize}
        onChange={(v) => startAction(save(() => store.updateSettings({ paperSize: v })))}
      />
    </SettingsSection>
  );
}
