// The speaking-time target for one answer, used by the timer and the speaking-time meter.
import { useId, useState } from 'react';
import { useBank, useBankStore } from '../../data/bank-context';
import { SaveStatus } from './SaveStatus';
import { SettingsSection } from './SettingsSection';
import { checkTargetSeconds } from './target-seconds';
import { useSave } from './use-save';
import { clockText } from '#shared/format/duration';
import { startAction } from '../../app/start-action';

export function PracticeTargetSection() {
  const store = useBankStore();
  const target = useBank().settings?.targetSeconds;
  const id = useId();
  const stored = target ? `${target.min}-${target.max}` : '';
  const [draft, setDraft] = useState({ min: '', max: '' });
  const [seen, setSeen] = useState('');
  const { outcome, save, fail } = useSave();

  // Follow the stored value when it arrives (or changes elsewhere), not while the user types.
  if (target && stored !== seen) {
    setSeen(stored);
    setDraft({ min: String(target.min), max: String(target.max) });
  }

  const commit = () => {
    if (!target || (draft.min === String(target.min) && draft.max === String(target.max))) return;
    const check = checkTargetSeconds(draft.min, draft.max);
    if (!check.ok) return fail(check.message);
    startAction(save(() => store.updateSettings({ targetSeconds: check.value })));
  };

  const check = checkTargetSeconds(draft.min, draft.max);
  const invalid = outcome.state === 'error';
  return (
    <SettingsSection
      id="practice-target"
      title="Practice target"
      intro="How long one spoken answer should take. Most interviewers expect about one and a half to two minutes."
      status={<SaveStatus outcome={outcome} id={`${id}-status`} />}
    >
      <form
        className="settings-inline"
        onSubmit={(e) => {
          e.preventDefault();
          commit();
        }}
      >
        {(['min', 'max'] as const).map((k) => (
          <div key={k} className="settings-field">
            <label htmlFor={`${id}-${k}`}>{k === 'min' ? 'Shortest (seconds)' : 'Longest (seconds)'}</label>
            <input
              id={`${id}-${k}`}
              className="text-input number-input"
              type="number"
              inputMode="numeric"
              min={30}
              max={k === 'min' ? 600 : 900}
              step={5}
              disabled={!target}
              aria-invalid={invalid || undefined}
              aria-describedby={`${id}-status`}
              value={draft[k]}
              onChange={(e) => setDraft((d) => ({ ...d, [k]: e.target.value }))}
              onBlur={commit}
            />
          </div>
        ))}
        <p className="muted small settings-hint" aria-hidden="true">
          {check.ok ? `${clockText(check.value.min)} – ${clockText(check.value.max)} min` : ''}
        </p>
      </form>
    </SettingsSection>
  );
}
