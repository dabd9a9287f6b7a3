// System / Light / Dark, stored in the bank's settings so it follows the bank across launches.
import { useState } from 'react';
import { THEMES } from '#shared/domain/schemas';
import { errorMessage } from '#shared/api/errors';
import { useBank, useBankStore } from '../data/bank-context';
import { startAction } from '../app/start-action';
import { useTheme, type ThemeSetting } from './use-theme';
import './theme-switcher.css';

const LABEL: Record<ThemeSetting, string> = { system: 'Auto', light: 'Light', dark: 'Dark' };

export function ThemeSwitcher() {
  const store = useBankStore();
  // The settings alone: the whole bank would re-render the switcher on every keystroke in a story.
  const settings = useBank((bank) => bank.settings);
  const theme = settings?.theme ?? 'system';
  // Why the last change was refused: the store puts the old theme back, and this says why.
  const [refused, setRefused] = useState<string | null>(null);
  useTheme(settings?.theme);

  const choose = (t: ThemeSetting) =>
    startAction(
      store.updateSettings({ theme: t }).then(
        () => setRefused(null),
        (e: unknown) => setRefused(errorMessage(e)),
      ),
    );

  return (
    <div className="theme-switch">
      <fieldset className="theme-switcher">
        <legend className="sr-only">Theme</legend>
        {THEMES.map((t) => (
          <label
            key={t}
            className={`theme-option${theme === t ? ' on' : ''}`}
            title={t === 'system' ? 'Follow the system setting' : `${LABEL[t]} theme`}
          >
            <input
              type="radio"
              name="theme"
              value={t}
              checked={theme === t}
              disabled={!settings}
              onChange={() => choose(t)}
            />
            <span>{LABEL[t]}</span>
          </label>
        ))}
      </fieldset>
      {refused && (
        <div className="theme-refused" role="alert" data-testid="theme-refused">
          <p>Theme not changed: {refused}</p>
          <button type="button" className="button" onClick={() => setRefused(null)}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
