// Shared set-up for the store tests: a fresh temp folder per test, removed afterwards.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

export function tempDir(prefix = 'storybank-store-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The titles of the stories in a bank file as it is on disk now. */
export const storyTitlesOnDisk = (bankPath: string): string[] =>
  (JSON.parse(readFileSync(bankPath, 'utf8')) as { stories: { title: string }[] }).stories.map((s) => s.title);
