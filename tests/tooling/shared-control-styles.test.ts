// The controls every view uses (a compact button, a button that reads as a link) look the same
// everywhere because they are defined once, in renderer/src/styles/global.css. A view that needs a
// different look gives its element a class of its own instead of redefining the shared one. Every
// view's stylesheet applies to the whole app once loaded, so a class two views define alike (Projects'
// .paper-choice once laid out Export's paper toggle) is one definition too many.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const RENDERER = join(ROOT, 'renderer', 'src');
const GLOBAL = join(RENDERER, 'styles', 'global.css');
const SHARED_CONTROLS = ['small-button', 'link-button', 'segmented', 'icon-button', 'text-input'];

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

/** Classes every stylesheet in `files` styles with a selector of that class alone (".field {…}"). */
function bareClasses(files: string[]): Map<string, string[]> {
  const where = new Map<string, string[]>();
  for (const file of files) {
    const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const match of css.matchAll(/([^{}]+)\{/g))
      for (const selector of match[1].split(',')) {
        const name = /^\.([\w-]+)$/.exec(selector.trim())?.[1];
        if (!name) continue;
        const files = where.get(name) ?? [];
        if (!files.includes(relative(ROOT, file))) files.push(relative(ROOT, file));
        where.set(name, files);
      }
  }
  return where;
}

/**
 * Classes two stylesheets already define on their own, each a look that differs by view: to be given
 * one definition or names of their own. The list may only shrink.
 */
const KNOWN_COLLISIONS = ['field', 'editor-pane'];

describe('shared control styles', () => {
  it('no class is defined on its own in two stylesheets (all are global once loaded)', () => {
    const twice = [...bareClasses(stylesheets(RENDERER))]
      .filter(([name, files]) => files.length > 1 && !KNOWN_COLLISIONS.includes(name))
      .map(([name, files]) => `.${name}: ${files.join(', ')}`);
    expect(twice).toEqual([]);
  });

  for (const name of SHARED_CONTROLS) {
    it(`.${name} is defined once, in global.css`, () => {
      const where = stylesheets(RENDERER).flatMap((file) =>
        definitions(readFileSync(file, 'utf8'), name).map((selector) => `${relative(ROOT, file)}: ${selector}`),
      );
      expect(where).toEqual([`${relative(ROOT, GLOBAL)}: .${name}`]);
    });
  }
});
