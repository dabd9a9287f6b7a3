// scripts/eval-claims.ts shows the rows it got wrong only for the tuning half: a held-aside row's
// error is never printed, whatever --half asks for, so the fresh set (all aside) shows figures only.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const evalClaims = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/eval-claims.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });

// Labels no analyzer agrees with: a skill list marked as a measured, scaled outcome, and a plain
// measured result marked as nothing at all: false negatives on the first, false positives on the second.
const wrongLabels = (half: 'tuning' | 'aside') =>
  [
    { id: `${half}-1`, text: 'Kotlin, Swift, GraphQL', yes: true },
    { id: `${half}-2`, text: 'Cut checkout latency from 900 ms to 200 ms for 3M shoppers.', yes: false },
  ]
    .map(({ id, text, yes }) =>
      JSON.stringify({ id, text, is_claim: yes, has_metric: yes, has_scale: yes, has_outcome: yes, half }),
    )
    .join('\n');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'eval-claims-'));
  writeFileSync(join(dir, 'tuning.jsonl'), wrongLabels('tuning'));
  writeFileSync(join(dir, 'aside.jsonl'), wrongLabels('aside'));
  writeFileSync(join(dir, 'mixed.jsonl'), `${wrongLabels('tuning')}\n${wrongLabels('aside')}`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('eval-claims on held-aside rows', () => {
  it('prints the errors of tuning rows', () => {
    const out = evalClaims(join(dir, 'tuning.jsonl'));
    expect(out).toMatch(/FN tuning-1: Kotlin/);
    expect(out).toMatch(/FP tuning-2: Cut checkout/);
  });

  it('never prints an aside row, with or without --half, but says how many errors it hid', () => {
    for (const args of [[], ['--half=aside']]) {
      const out = evalClaims(join(dir, 'aside.jsonl'), ...args);
      expect(out).toMatch(/is_claim\s+\d/);
      expect(out).not.toMatch(/aside-\d|Kotlin|checkout/);
    }
    expect(evalClaims(join(dir, 'aside.jsonl'))).toMatch(/\(\d+ errors on held-aside rows not shown\)/);
  });

  it('in a file with both halves, shows only the tuning rows', () => {
    const out = evalClaims(join(dir, 'mixed.jsonl'));
    expect(out).toMatch(/FN tuning-1/);
    expect(out).not.toMatch(/aside-\d/);
  });

  it('shows the fresh set as figures only', () => {
    for (const file of [
      'fresh-3.jsonl',
      'fresh-3-whole.jsonl',
      'fresh-5.jsonl',
      'fresh-5-whole.jsonl',
      'fresh-7.jsonl',
      'fresh-7-whole.jsonl',
      'fresh-8.jsonl',
      'fresh-8-whole.jsonl',
    ]) {
      const out = evalClaims(join('tests/fixtures/claims', file));
      expect(out).toMatch(/vague_claim\s+\d/);
      expect(out).not.toMatch(/\bF[PN] /);
      expect(out).not.toMatch(/f[3578]s?-\d{3}/);
    }
  });
});
