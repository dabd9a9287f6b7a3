// Applies the theme setting: 'system' follows the OS (the CSS media query does that by itself);
// 'light' and 'dark' override it through html[data-theme].
import { useEffect } from 'react';
import type { Settings } from '../../../shared/domain/schemas';

export type ThemeSetting = Settings['theme'];

export function applyTheme(theme: ThemeSetting, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

export function useTheme(theme: ThemeSetting | undefined): void {
  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);
}
