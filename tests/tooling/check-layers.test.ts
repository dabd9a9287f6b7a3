import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '..', '..', 'scripts', 'check-layers.mjs');

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'layers-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

function check(root: string) {
  const result = spawnSync(process.execPath, [script, root], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

// The tree's own package.json maps aliases the way the repository's does (`#shared/*`), plus two the
// repository does not have, so the check is seen resolving an alias to the layer it points into.
const packageJson = JSON.stringify({
  imports: { '#shared/*': './shared/*.ts', '#main/*': './main/*.ts', '#renderer/*': './renderer/*.tsx' },
});

const clean = {
  'package.json': packageJson,
  'shared/a.ts': "import { z } from 'zod';\nimport { b } from './b';\nexport const a = z.string();",
  'shared/b.ts': 'export const b = 1;',
  'renderer/app.tsx': "import { a } from '../shared/a';\nimport { createRoot } from 'react-dom/client';",
  'renderer/view.tsx': "import { a } from '#shared/a';\nimport type { b } from '#shared/b';",
  'main/service.ts': "import { a } from '#shared/a';\nimport { readFile } from 'node:fs/promises';",
  'main/index.ts':
    "import { app } from 'electron';\nimport { readFile } from 'node:fs/promises';\nimport { a } from '../shared/a';",
  'main/preload/index.ts':
    "import { contextBridge } from 'electron';\nimport type { StorybankApi } from '../../shared/api';\n" +
    "import type { Channel } from '#shared/a';",
  'main/shell/menu.ts': "import { Menu } from 'electron';",
};

describe('the layering check', () => {
  it('passes a tree that follows the rules', () => {
    expect(check(tree(clean)).status).toBe(0);
  });

  it.each([
    ['shared/ importing node:fs', { 'shared/c.ts': "import { readFileSync } from 'node:fs';" }, 'Node built-ins'],
    ['shared/ importing fs (bare)', { 'shared/c.ts': "import fs from 'fs';" }, 'Node built-ins'],
    ['shared/ importing electron', { 'shared/c.ts': "import { app } from 'electron';" }, 'Electron'],
    ['shared/ importing react-dom', { 'shared/c.ts': "import { render } from 'react-dom';" }, 'DOM or React'],
    ['shared/ using document', { 'shared/c.ts': 'export const t = document.title;' }, 'browser global'],
    ['shared/ importing main/', { 'shared/c.ts': "import { x } from '../main/index';" }, 'only shared/'],
    ['renderer/ importing node:path', { 'renderer/c.ts': "import { join } from 'node:path';" }, 'Node built-ins'],
    ['renderer/ importing electron', { 'renderer/c.ts': "import { ipcRenderer } from 'electron';" }, 'Electron'],
    [
      'renderer/ importing main/',
      { 'renderer/c.ts': "import { handlers } from '../main/index';" },
      'must not import main/',
    ],
    ['renderer/ requiring fs', { 'renderer/c.ts': "const fs = require('fs');" }, 'Node built-ins'],
    [
      'main/ importing renderer/',
      { 'main/c.ts': "import { App } from '../renderer/app';" },
      'must not import renderer/',
    ],
    ['a main/ service importing electron', { 'main/store/c.ts': "import { app } from 'electron';" }, 'only the shell'],
    [
      'the preload importing runtime shared code',
      { 'main/preload/x.ts': "import { contract } from '../../shared/api';" },
      'import types only',
    ],
    ['shared/ importing main/ through an alias', { 'shared/c.ts': "import { x } from '#main/index';" }, 'only shared/'],
    [
      'shared/ importing itself through the alias',
      { 'shared/c.ts': "import { b } from '#shared/b';" },
      'relative path',
    ],
    [
      'renderer/ importing main/ through an alias',
      { 'renderer/c.ts': "import { handlers } from '#main/index';" },
      'must not import main/',
    ],
    [
      'an alias that climbs out of shared/ into main/',
      { 'renderer/c.ts': "import { handlers } from '#shared/../main/index';" },
      'must not import main/',
    ],
    [
      'main/ importing renderer/ through an alias',
      { 'main/c.ts': "import { App } from '#renderer/app';" },
      'must not import renderer/',
    ],
    [
      'the preload importing runtime shared code through the alias',
      { 'main/preload/x.ts': "import { contract } from '#shared/a';" },
      'import types only',
    ],
    ['an alias package.json does not define', { 'renderer/c.ts': "import { x } from '#lib/x';" }, 'no entry'],
  ])('fails on %s', (_name, extra, message) => {
    const result = check(tree({ ...clean, ...extra }));
    expect(result.status).toBe(1);
    expect(result.output).toContain(message);
  });

  it('passes on this repository', () => {
    const result = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
