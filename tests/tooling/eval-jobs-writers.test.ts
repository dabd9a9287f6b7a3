// eval:jobs --writers: one row per spent blind writer, the sealed sets left out by name, before → after verdicts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scoreWriters, spentJobWriters, writerChange, writersReport } from '../../scripts/job-writers';

// A posting written for this test; each writer folder holds it, labeled so the first scores a hit and the rest a miss.
const dir = mkdtempSync(join(tmpdir(), 'storybank-writers-'));
const posting = 'Senior Machine Learning Engineer\nYou will mentor junior engineers and own the ranking models.\n';
function writer(name: string, expected: string[]) {
  mkdirSync(join(dir, name));
  writeFileSync(join(dir, name, 'p.txt'), posting);
  const job = { file: 'p.txt', set: 'fresh', 'senior-ml-engineer': expected };
  writeFileSync(join(dir, name, 'labels.json'), JSON.stringify({ jobs: [job] }));
}
writer('fresh-jobs-2', ['ml.mentoring']);
writer('fresh-jobs-26', ['ml.communication']);
// Named as the sealed sets are: never listed, whatever they hold.
writer('fresh-jobs-27', ['ml.mentoring']);
writer('fresh-jobs-28', ['ml.mentoring']);
mkdirSync(join(dir, 'fresh-jobs-3')); // no labels: not a writer yet
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('eval:jobs --writers', () => {
  it('lists spent writers in number order and leaves the sealed sets out by name', () => {
    expect(spentJobWriters(dir)).toEqual(['fresh-jobs-2', 'fresh-jobs-26']);
  });

  it('scores one row per writer', () => {
    const run = scoreWriters(['senior-ml-engineer'], dir);
    expect(Object.keys(run)).toEqual(['fresh-jobs-2', 'fresh-jobs-26']);
    expect(run['fresh-jobs-2']['senior-ml-engineer'].tp).toBe(1);
    expect(run['fresh-jobs-26']['senior-ml-engineer'].fn).toBe(1);
  });

  it('calls a writer better, worse or the same, and counts false picks gained', () => {
    const f = (tp: number, fp: number, fn: number) => ({ a: { tp, fp, fn } });
    expect(writerChange(f(3, 1, 2), f(4, 1, 1))).toEqual({ verdict: 'better', precisionLoss: 0 });
    expect(writerChange(f(3, 1, 2), f(4, 3, 1))).toEqual({ verdict: 'worse', precisionLoss: 2 });
    expect(writerChange(f(3, 1, 2), f(3, 1, 2))).toEqual({ verdict: 'same', precisionLoss: 0 });
  });

  it('sums up before → after', () => {
    const before = { w1: { a: { tp: 1, fp: 0, fn: 1 } }, w2: { a: { tp: 2, fp: 0, fn: 0 } } };
    const after = { w1: { a: { tp: 2, fp: 0, fn: 0 } }, w2: { a: { tp: 2, fp: 2, fn: 0 } } };
    const lines = writersReport(after, ['a'], before);
    expect(lines).toContain('improved on 1 writers, worse on 1');
    expect(lines).toContain('precision lost by more than one pick: w2');
    expect(lines.find((l) => l.startsWith('w1'))).toMatch(/→.*better$/);
  });
});
