// System / Light / Dark, stored in the bank's settings so it follows the bank across launches.
import { THEMES } from '#shared/domain/schemas';
import { useBank, useBankStore } from '../data/bank-context';
import { useTheme, type ThemeSetting } from './use-theme';
import './theme-switcher.css';

const LABEL: Record<ThemeSetting, string> = { system: 'Auto', light: 'Light', dark: 'Dark' };

export function ThemeSwitcher() {
  const store = useBankStore();
  const { settings } = useBank();
  const theme = settings?.theme ?? 'system';
  useTheme(settings?.theme);
  return (
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
            // A refused change flips the theme back at once (the store restores the old setting), which shows.
            onChange={() => void store.updateSettings({ theme: t }).catch(() => undefined)}
          />
          <span>{LABEL[t]}</span>
        </label>
      ))}
    </fieldset>
  );
}
