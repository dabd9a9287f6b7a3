// The controls every view uses (a compact button, a button that reads as a link) look the same
// everywhere because they are defined once, in renderer/src/styles/global.css. A view that needs a
// different look gives its element a class of its own instead of redefining the shared one.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const RENDERER = join(ROOT, 'renderer', 'src');
const GLOBAL = join(RENDERER, 'styles', 'global.css');
const SHARED_CONTROLS = ['small-button', 'link-button'];

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/** Each rule's selectors whose last compound is exactly `.name` (so the rule styles the control itself). */
function definitions(css: string, name: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const selectors = [...withoutComments.matchAll(/([^{}]+)\{/g)].flatMap((m) => m[1].split(','));
  const exact = new RegExp(`(^|[\\s>+~])\\.${name}$`);
  return selectors.map((s) => s.trim()).filter((s) => exact.test(s));
}

describe('shared control styles', () => {
  for (const name of SHARED_CONTROLS) {
    it(`.${name} is defined once, in global.css`, () => {
      const where = stylesheets(RENDERER).flatMap((file) =>
        definitions(readFileSync(file, 'utf8'), name).map((selector) => `${relative(ROOT, file)}: ${selector}`),
      );
      expect(where).toEqual([`${relative(ROOT, GLOBAL)}: .${name}`]);
    });
  }
});
