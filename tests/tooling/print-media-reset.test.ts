// e2e tests emulate print media only through withPrintMedia (tests/e2e/harness.ts), which resets it with
// `media: null` even when the test fails; a bare emulateMedia({ media: 'print' }) could leave the page in
// print mode for the tests after it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const E2E = join(import.meta.dirname, '..', 'e2e');

describe('print media in e2e tests', () => {
  it('is emulated only through withPrintMedia', () => {
    const bare = readdirSync(E2E)
      .filter((f) => f.endsWith('.ts') && f !== 'harness.ts')
      .filter((f) => /emulateMedia\(\s*\{[^}]*media:\s*['"]print['"]/.test(readFileSync(join(E2E, f), 'utf8')));
    expect(bare).toEqual([]);
  });
});
