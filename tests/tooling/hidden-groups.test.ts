// --hide / --reveal in the three per-writer tools: a held-out group is scored and saved, but printed nowhere (no
// line, no better/worse count, no sum) until --reveal. Fixtures are written here, in temporary files.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FLAGS, type Flags, type LabeledRow } from '#shared/analysis/evaluate';
import { SIGNAL_IDS } from '#shared/analysis/signals/signal-ids';
import { groupFigures, type GroupFigures } from '#shared/analysis/writer-groups';
import { acrossWritersReport, saveFigures } from '../../scripts/across-writers-report';
import { hiddenGroups, hiddenNote, parseHideOptions } from '../../scripts/hidden-groups';
import { loadWritersRun, saveWritersRun, scoreWriters, writersReport } from '../../scripts/job-writers';
import {
  saveSignalRun,
  signalWriterName,
  signalWritersReport,
  type SavedSignalRun,
} from '../../scripts/signal-writers-report';
import type { WriterCounts } from '../fixtures/signals/writer-sets';

const dir = mkdtempSync(join(tmpdir(), 'storybank-hide-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseHideOptions', () => {
  it('reads comma lists, repeated options and --reveal, in the tool’s own spelling', () => {
    const hide = parseHideOptions(['--hide=fresh-stories-12, fs20', '--hide=fresh-stories-22'], signalWriterName);
    expect(hide.names).toEqual(['fs12', 'fs20', 'fs22']);
    expect(hide.isHidden('fs12')).toBe(true);
    expect(hide.isHidden('fs13')).toBe(false);
    expect(hiddenNote(hide, ['fs12', 'fs13', 'fs22'])).toBe(' (2 groups hidden)');
    expect(hiddenNote(hide, ['fs13'])).toBe('');
    const revealed = parseHideOptions(['--hide=fresh-10', '--reveal']);
    expect(revealed.isHidden('fresh-10')).toBe(false);
    expect(hiddenNote(revealed, ['fresh-10'])).toBe('');
  });
});

describe('eval-across-writers --hide', () => {
  // Invented rows: each claim is labeled a claim; the predictions below score them, so the counts are known.
  const row = (id: string): LabeledRow => ({
    id,
    text: `Row ${id}.`,
    is_claim: true,
    has_metric: false,
    has_scale: false,
    has_outcome: false,
  });
  const flags = (claim: boolean): Flags =>
    ({ ...Object.fromEntries(FLAGS.map((f) => [f, false])), is_claim: claim }) as Flags;
  const group = (name: string, hits: number, misses: number): GroupFigures => {
    const rows = Array.from({ length: hits + misses }, (_, i) => row(`${name}-${i}`));
    return groupFigures({ name, rows, figuresOnly: false }, [
      ...Array.from({ length: hits }, () => flags(true)),
      ...Array.from({ length: misses }, () => flags(false)),
    ]);
  };
  // The held-out writer has a count (7 hits, 0 misses) that no other line or sum could show by chance.
  const figures = [group('fresh-10', 1, 1), group('fresh-11', 2, 0), group('fresh-12', 7, 0)];
  const before = [group('fresh-10', 1, 1), group('fresh-11', 1, 1), group('fresh-12', 5, 2)];
  const hide = hiddenGroups(['fresh-12'], false);
  const claimSum = (lines: string[], label: string) => lines.find((l) => l.startsWith(label))!.split(/\s+/);

  it('prints no line, sum or count of the hidden group, and says how many are hidden', () => {
    const text = acrossWritersReport(figures, hide, { file: 'start.json', figures: before });
    expect(text.join('\n')).not.toContain('fresh-12');
    expect(text.join('\n')).not.toMatch(/\b7\/0\/0\b|\b10\/0\/1\b/);
    const sum = claimSum(text, 'spent writers (1 group hidden)');
    expect(sum.slice(5, 7)).toEqual(['4', '3/0/1']); // rows, claim tp/fp/fn of fresh-10 and fresh-11 only
    expect(text).toContain('  improved on 1 groups, worse on 0 (1 group hidden)');
  });

  it('still saves the hidden group', () => {
    const file = join(dir, 'claims.json');
    saveFigures(file, figures);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as GroupFigures[];
    expect(saved.map((g) => g.name)).toEqual(['fresh-10', 'fresh-11', 'fresh-12']);
    expect(saved[2].flags.is_claim.tp).toBe(7);
  });

  it('shows it, in the lines and the sums, with --reveal', () => {
    const text = acrossWritersReport(figures, hiddenGroups(['fresh-12'], true), {
      file: 'start.json',
      figures: before,
    });
    expect(text).toContain('revealed (held out until now): fresh-12');
    expect(text.some((l) => /^\s+fresh-12\s+5\/0\/2 → 7\/0\/0\s+better$/.test(l))).toBe(true);
    expect(claimSum(text, 'spent writers').slice(2, 4)).toEqual(['11', '10/0/1']);
  });

  it('warns of a --hide name that matches no group', () => {
    expect(acrossWritersReport(figures, hiddenGroups(['fresh-99'], false))[0]).toMatch(/no group.*fresh-99/);
  });
});

describe('eval-signals-writers --hide', () => {
  const counts = (tp: number, fn = 1): WriterCounts =>
    Object.fromEntries(SIGNAL_IDS.map((id) => [id, { tp, fp: 0, fn, wrong: 0 }])) as WriterCounts;
  const now: SavedSignalRun = { writers: { fs10: counts(2), fs12: counts(77) }, figuresOnly: counts(5) };
  const was: SavedSignalRun = { writers: { fs10: counts(2), fs12: counts(70, 8) }, figuresOnly: counts(5) };
  const hide = parseHideOptions(['--hide=fresh-stories-12'], signalWriterName);

  it('prints neither the writer nor its counts, in the table or the comparison', () => {
    for (const text of [signalWritersReport(now, hide), signalWritersReport(now, hide, { file: 's.json', run: was })]) {
      const joined = text.join('\n');
      expect(joined).not.toContain('fs12');
      expect(joined).not.toMatch(/\b7[09]\//);
      expect(joined).toContain('(1 group hidden)');
    }
    const table = signalWritersReport(now, hide);
    expect(table.find((l) => l.startsWith('writers sum'))).toMatch(/^writers sum\s+2\/0\/1 w0/);
    const compared = signalWritersReport(now, hide, { file: 's.json', run: was });
    expect(compared).toContain(`${SIGNAL_IDS[0]}: improved on 0 writers, worse on 0 (1 group hidden)`);
  });

  it('saves it and shows it with --reveal', () => {
    const file = join(dir, 'signals.json');
    saveSignalRun(file, now);
    expect((JSON.parse(readFileSync(file, 'utf8')) as SavedSignalRun).writers.fs12[SIGNAL_IDS[0]].tp).toBe(77);
    const revealed = parseHideOptions(['--hide=fresh-stories-12', '--reveal'], signalWriterName);
    const compared = signalWritersReport(now, revealed, { file: 's.json', run: was });
    expect(compared).toContain(`${SIGNAL_IDS[0]}: improved on 1 writers, worse on 0`);
    expect(compared.some((l) => /^\s+fs12\s+70\/0\/8 w0 → 77\/0\/1 w0$/.test(l))).toBe(true);
  });
});

describe('eval-jobs --writers --hide', () => {
  // A posting written for this test; the first writer's label is a hit, the second's a miss.
  const posting = 'Senior Machine Learning Engineer\nYou will mentor junior engineers and own the ranking models.\n';
  const jobs = join(dir, 'jobs');
  mkdirSync(jobs);
  for (const [name, expected] of [
    ['fresh-jobs-2', ['ml.mentoring']],
    ['fresh-jobs-17', ['ml.communication']],
  ] as const) {
    mkdirSync(join(jobs, name));
    writeFileSync(join(jobs, name, 'p.txt'), posting);
    const job = { file: 'p.txt', set: 'fresh', 'senior-ml-engineer': expected };
    writeFileSync(join(jobs, name, 'labels.json'), JSON.stringify({ jobs: [job] }));
  }
  const frameworks = ['senior-ml-engineer'];

  it('scores and saves the hidden writer but prints it nowhere, and shows it with --reveal', () => {
    const run = scoreWriters(frameworks, jobs);
    const file = join(dir, 'jobs.json');
    saveWritersRun(file, run);
    expect(Object.keys(loadWritersRun(file))).toEqual(['fresh-jobs-2', 'fresh-jobs-17']);
    const before = {
      'fresh-jobs-2': run['fresh-jobs-2'],
      'fresh-jobs-17': { 'senior-ml-engineer': { tp: 1, fp: 0, fn: 0 } },
    };
    const hide = parseHideOptions(['--hide=fresh-jobs-17']);
    const text = writersReport(run, frameworks, before, hide);
    expect(text.join('\n')).not.toContain('fresh-jobs-17');
    // The sum holds fresh-jobs-2's one hit only, not fresh-jobs-17's miss.
    expect(text.find((l) => l.startsWith('all writers'))).toMatch(
      /\(1\/\d+\/0\) → .*\(1\/\d+\/0\) \(1 group hidden\)$/,
    );
    expect(text).toContain('improved on 0 writers, worse on 0 (1 group hidden)');
    const revealed = writersReport(run, frameworks, before, parseHideOptions(['--hide=fresh-jobs-17', '--reveal']));
    expect(revealed.find((l) => l.startsWith('fresh-jobs-17'))).toMatch(/worse$/);
    expect(revealed).toContain('improved on 0 writers, worse on 1');
  });
});
