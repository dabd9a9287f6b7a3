// Applies the theme setting by always setting html[data-theme] to the theme in effect: 'system' is
// resolved here from the OS preference (and followed when it changes), so the stylesheet has one dark
// palette, and everything that reads colours (charts) can watch one attribute.
import { useEffect } from 'react';
import type { Settings } from '#shared/domain/schemas';

export type ThemeSetting = Settings['theme'];

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function resolveTheme(theme: ThemeSetting, prefersDark: boolean): 'light' | 'dark' {
  if (theme === 'system') return prefersDark ? 'dark' : 'light';
  return theme;
}

export function applyTheme(theme: ThemeSetting, root: HTMLElement = document.documentElement): void {
  const prefersDark = typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
  root.dataset.theme = resolveTheme(theme, prefersDark);
}

export function useTheme(theme: ThemeSetting | undefined): void {
  useEffect(() => {
    const setting = theme ?? 'system';
    applyTheme(setting);
    if (setting !== 'system' || typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(DARK_QUERY);
    const follow = () => applyTheme('system');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [theme]);
}
