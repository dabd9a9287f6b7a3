// `npm run check:cycles` runs dependency-cruiser with the repository's config; these trees show it
// failing on a cycle (type-only and through the #shared alias too) and passing a tree without one.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const depcruise = join(repo, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cycles-'));
  const all = {
    'package.json': JSON.stringify({ type: 'module', imports: { '#shared/*': './shared/*.ts' } }),
    ...files,
  };
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

function check(root: string) {
  const args = [depcruise, 'shared', 'main', '--config', join(repo, '.dependency-cruiser.mjs')];
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

const acyclic = {
  'shared/types.ts': 'export interface Cue { word: string }',
  'shared/find.ts': "import type { Cue } from './types';\nexport const find = (w: string): Cue => ({ word: w });",
  'shared/report.ts': "import { find } from './find';\nexport const report = (w: string) => [find(w)];",
  'main/use.ts': "import { report } from '#shared/report';\nexport const run = () => report('x');",
};

describe('the import cycle check', () => {
  it('passes a tree without a cycle, alias imports included', () => {
    const result = check(tree(acyclic));
    expect(result.output).toContain('no dependency violations');
    expect(result.status).toBe(0);
  });

  it.each([
    [
      'two modules importing each other',
      {
        'shared/a.ts': "import { b } from './b';\nexport const a = () => b;",
        'shared/b.ts': "import { a } from './a';\nexport const b = () => a;",
      },
      ['shared/a.ts', 'shared/b.ts'],
    ],
    [
      'a cycle made only of type imports',
      {
        'shared/analyzer.ts': "import type { Report } from './report';\nexport interface Analyzer { run(): Report }",
        'shared/report.ts': "import type { Analyzer } from './analyzer';\nexport interface Report { by: Analyzer }",
      },
      ['shared/analyzer.ts', 'shared/report.ts'],
    ],
    [
      'a three-module cycle closed through the #shared alias',
      {
        'main/x.ts': "import { s } from '#shared/s';\nexport const x = s;",
        'main/y.ts': "import { x } from './x';\nexport const y = x;",
        'shared/s.ts': "import type { y } from '../main/y';\nexport const s = 1 as unknown as typeof y;",
      },
      ['main/x.ts', 'shared/s.ts', 'main/y.ts'],
    ],
  ])('fails on %s', (_name, extra, members) => {
    const result = check(tree({ ...acyclic, ...extra }));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('no-circular');
    for (const member of members) expect(result.output).toContain(member);
  });
});
