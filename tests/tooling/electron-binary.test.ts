// `npm start` without the Electron binary says what is missing and the command that installs it, for the
// electron package actually installed, instead of electron-vite's "Error: Electron uninstall" and a stack trace.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronBinary, missingElectronMessage } from '../../scripts/electron-binary.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(pkg?: object, files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'storybank-electron-'));
  made.push(root);
  if (pkg) {
    const dir = join(root, 'node_modules', 'electron');
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  }
  return root;
}

describe('the Electron binary check', () => {
  it('names the missing binary and the install command the installed electron package offers', () => {
    const modern = electronBinary(
      project({ version: '45.5.0', bin: { electron: 'cli.js', 'install-electron': 'install.js' } }),
      {},
    );
    expect(modern).toMatchObject({ installed: false, version: '45.5.0', fix: 'npx install-electron' });
    const older = electronBinary(project({ version: '33.0.0', bin: { electron: 'cli.js' } }), {});
    expect(older).toMatchObject({ installed: false, fix: 'node node_modules/electron/install.js' });
    const none = electronBinary(project(), {});
    expect(none).toMatchObject({ installed: false, fix: 'npm install' });
    if (modern.installed) throw new Error('unreachable');
    const message = missingElectronMessage(modern, '22.12.0');
    expect(message).toContain('the Electron 45.5.0 binary is not installed');
    expect(message).toContain('Install it with:  npx install-electron');
    expect(message).not.toMatch(/Node\.js 22\.12 or newer/);
    expect(missingElectronMessage(modern, '20.19.0')).toMatch(
      /declares Node\.js 22\.12 or newer; this is Node\.js 20\.19\.0/,
    );
  });

  it('finds an installed binary through path.txt, or ELECTRON_EXEC_PATH', () => {
    const root = project({ version: '45.5.0' }, { 'path.txt': 'electron' });
    writeFileSync(join(root, 'node_modules', 'electron', 'dist', 'electron'), '');
    expect(electronBinary(root, {})).toEqual({
      installed: true,
      version: '45.5.0',
      path: join(root, 'node_modules', 'electron', 'dist', 'electron'),
    });
    const elsewhere = join(project(), 'my-electron');
    writeFileSync(elsewhere, '');
    expect(electronBinary(project({ version: '45.5.0' }), { ELECTRON_EXEC_PATH: elsewhere })).toMatchObject({
      installed: true,
      path: elsewhere,
    });
  });

  it.skipIf(electronBinary(ROOT).installed)('npm start here prints the fix, not a stack trace, and exits 1', () => {
    const run = spawnSync('npm', ['start', '--silent'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Storybank's desktop app cannot start: the Electron");
    expect(run.stderr).toContain('Install it with:  npx install-electron');
    expect(run.stderr).not.toMatch(/Electron uninstall|\n\s+at /);
  });
});
