// The editor's marks must be easy to see in both themes and keep WCAG AA: the text on a mark's tint
// at least 4.5:1, the underline against the tint at least 3:1 (non-text contrast), and the tint
// itself visibly different from the editor's background. Read from the real stylesheets.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const global = readFileSync(resolve(root, 'renderer/src/styles/global.css'), 'utf8');
const editor = readFileSync(resolve(root, 'renderer/src/views/stories/editor/story-editor.css'), 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}
const light = tokens(global.slice(global.indexOf(':root {'), global.indexOf("[data-theme='dark']")));
const dark = { ...light, ...tokens(global.slice(global.indexOf(":root[data-theme='dark']"))) };

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const luminance = (c: number[]) =>
  c
    .map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4))
    .reduce((sum, x, i) => sum + x * [0.2126, 0.7152, 0.0722][i], 0);
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const mix = (a: number[], b: number[], t: number) => a.map((x, i) => x * t + b[i] * (1 - t));

describe.each([
  ['light', light],
  ['dark', dark],
] as const)('marks in the %s theme', (_name, theme) => {
  it.each(['error', 'warning', 'info'])('%s marks are visible and readable', (severity) => {
    const rule = new RegExp(`\\.cm-finding-${severity} \\{([^}]*)\\}`).exec(editor)?.[1] ?? '';
    const tint = /background:\s*color-mix\(in srgb, var\(--([\w-]+)\) (\d+)%, transparent\)/.exec(rule);
    const line = /text-decoration-color:\s*var\(--([\w-]+)\)/.exec(rule);
    expect(tint, `.cm-finding-${severity} has a tint`).not.toBeNull();
    expect(line, `.cm-finding-${severity} has an underline color`).not.toBeNull();
    const bg = rgb(theme['bg-raised']);
    const tinted = mix(rgb(theme[tint![1]]), bg, Number(tint![2]) / 100);
    expect(contrast(rgb(theme.text), tinted)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(rgb(theme[line![1]]), tinted)).toBeGreaterThanOrEqual(3);
    expect(contrast(tinted, bg)).toBeGreaterThanOrEqual(1.2);
  });

  it('underlines are 2px thick', () => {
    expect(/\.cm-finding \{[^}]*text-decoration-thickness:\s*2px/.test(editor)).toBe(true);
  });
});
