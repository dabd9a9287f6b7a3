import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const script = join(root, 'scripts', 'check-security.mjs');

describe('the electronegativity check', () => {
  it.runIf(existsSync(join(root, 'out/renderer/index.html')))(
    'fails on a window that turns off sandbox and context isolation',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'insecure-shell-'));
      const source = readFileSync(join(root, 'main/shell/create-window.ts'), 'utf8')
        .replace('sandbox: true', 'sandbox: false')
        .replace('contextIsolation: true', 'contextIsolation: false');
      writeFileSync(join(dir, 'create-window.ts'), source);
      const result = spawnSync(process.execPath, [script, dir], { encoding: 'utf8', timeout: 120_000 });
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('CONTEXT_ISOLATION_JS_CHECK');
      expect(result.stdout).toContain('SANDBOX_JS_CHECK');
    },
  );
});
