// `npm run bench`: runs every bench/*.bench.ts (or those named on the command line), prints one table,
// and writes bench/report.json. Figures with a target show pass/FAIL; the exit code stays 0 so a slow
// shared machine never blocks work, but the report says plainly what missed.
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpus } from 'node:os';
import { passes, type BenchRecorder, type Figure } from './lib';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const figures: (Figure & { file: string; pass?: boolean })[] = [];
const failures: { file: string; error: string }[] = [];

for (const file of files) {
  const recorder: BenchRecorder = { record: (f) => figures.push({ ...f, file, pass: passes(f) }) };
  process.stdout.write(`running ${file}…\n`);
  try {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as {
      default: (r: BenchRecorder) => Promise<void>;
    };
    await mod.default(recorder);
  } catch (error) {
    failures.push({ file, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    process.stdout.write(`  failed: ${String(error)}\n`);
  }
}

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3));
const rows = figures.map((f) => [
  f.id,
  f.label,
  `${fmt(f.value)} ${f.unit}`,
  f.target
    ? [f.target.max !== undefined ? `≤ ${f.target.max}` : '', f.target.min !== undefined ? `≥ ${f.target.min}` : '']
        .join(' ')
        .trim()
    : '',
  f.pass === undefined ? '' : f.pass ? 'pass' : 'FAIL',
]);
const header = ['id', 'what', 'value', 'target', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log('\n' + line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));

const report = {
  at: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
  figures,
  failures,
};
const out = join(here, '..', 'bench-report', 'report.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(report, null, 2));
console.log(
  `\n${figures.length} figures, ${figures.filter((f) => f.pass === false).length} missed their target, ${failures.length} benchmark files failed. Report: ${out}`,
);
if (failures.length > 0) process.exitCode = 1;
