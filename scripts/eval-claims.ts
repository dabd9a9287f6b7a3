// `npm run eval:claims -- <file.jsonl>`: runs the claim analyzer on labeled sentences and prints
// precision, recall and F1 per flag and for "vague claim", then the rows it got wrong.
// Each row's text is analyzed as a free-standing claim; a row the splitter cuts into several
// sentences counts as one unit, its flags ORed over its sentences (see predictedFlags).
import { readFileSync } from 'node:fs';
import { analyzeText } from '../shared/analysis/index';
import { parseLabeledRows, scoreFlags, type LabeledRow } from '../shared/analysis/evaluate';

// Piping into `head` closes stdout early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

function fail(message: string): never {
  process.stderr.write(`eval-claims: ${message}\n`);
  process.exit(2);
}

const file = process.argv[2];
if (!file) fail('usage: npm run eval:claims -- <file.jsonl>');

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
}

let rows: LabeledRow[];
try {
  rows = parseLabeledRows(text);
} catch (error) {
  fail(`${file}: ${error instanceof Error ? error.message : String(error)}`);
}
if (rows.length === 0) fail(`${file} has no labeled rows.`);

const started = performance.now();
const scores = scoreFlags(rows, (t) => analyzeText(t));
const elapsed = performance.now() - started;

const pad = (s: string, n: number) => s.padEnd(n);
const num = (x: number) => x.toFixed(3);
console.log(`${rows.length} rows from ${file} (analyzed in ${elapsed.toFixed(0)} ms)\n`);
console.log(`${pad('flag', 13)}${pad('precision', 11)}${pad('recall', 9)}${pad('F1', 7)}tp/fp/fn`);
for (const s of scores)
  console.log(
    `${pad(s.flag, 13)}${pad(num(s.precision), 11)}${pad(num(s.recall), 9)}${pad(num(s.f1), 7)}${s.tp}/${s.fp}/${s.fn}`,
  );

const byId = new Map(rows.map((r) => [r.id, r]));
const excerpt = (id: string) => {
  const t = (byId.get(id)?.text ?? '').replace(/\s+/g, ' ');
  return t.length > 140 ? `${t.slice(0, 137)}…` : t;
};
for (const s of scores) {
  if (s.falsePositives.length === 0 && s.falseNegatives.length === 0) continue;
  console.log(`\n${s.flag}`);
  for (const id of s.falsePositives) console.log(`  FP ${id}: ${excerpt(id)}`);
  for (const id of s.falseNegatives) console.log(`  FN ${id}: ${excerpt(id)}`);
}
