import { describe, expect, it } from 'vitest';
import { applyTheme, resolveTheme } from '../../../renderer/src/theme/use-theme';

describe('theme', () => {
  it('resolves Auto from the OS preference and keeps a manual choice', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('always names the theme in effect on <html>', () => {
    const root = document.createElement('html');
    applyTheme('dark', root);
    expect(root.dataset.theme).toBe('dark');
    applyTheme('system', root); // jsdom has no matchMedia: treated as a light OS
    expect(root.dataset.theme).toBe('light');
  });
});
