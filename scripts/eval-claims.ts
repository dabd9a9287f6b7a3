// `npm run eval:claims -- <file.jsonl> [--half=tuning|aside] [--no-section] [--stories=<stories.jsonl>] [--quiet]`
// Runs the claim analyzer on labeled sentences and prints precision, recall and F1 per flag and for
// "vague claim", the same per STAR section, and the in-story claim marks when the rows come from
// whole stories (<name>-stories.jsonl or stories.jsonl beside the file, or --stories). Then the rows it got wrong — except
// rows of the held-aside half, whose errors are never printed, whichever --half is asked for: rules
// are written from the tuning half and only measured on the other. A fresh set (fresh-N*.jsonl) is
// aside in every row, so only its figures are ever shown.
//
// Each row's text is analyzed as a free-standing unit with its section passed (a resume line has
// none); a row the splitter cuts into several sentences counts as one unit, its flags ORed over its
// sentences (see predictedFlags). Corrections from tests/fixtures/claims/corpus-relabels.json are
// applied to corpus rows where the published label disagrees with RUBRIC.md's clarifications.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '#shared/analysis/index';
import {
  analyzeWithSection,
  applyRelabels,
  parseLabeledRows,
  relabelsFor,
  rowHalf,
  scoreFlags,
  type FlagScore,
  type LabeledRow,
} from '#shared/analysis/evaluate';
import { parseLabeledStories, scoreInStory } from '#shared/analysis/evaluate-stories';

// Piping into `head` closes stdout early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

function fail(message: string): never {
  process.stderr.write(`eval-claims: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const flag = (name: string) => args.includes(`--${name}`);
const file = args.find((a) => !a.startsWith('--'));
if (!file)
  fail('usage: npm run eval:claims -- <file.jsonl> [--half=tuning|aside] [--no-section] [--stories=<file>] [--quiet]');
const half = option('half');
if (half !== undefined && half !== 'tuning' && half !== 'aside') fail(`--half must be tuning or aside, not "${half}"`);

function readOrFail(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    fail(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

let rows: LabeledRow[];
try {
  rows = parseLabeledRows(readOrFail(file));
} catch (error) {
  fail(`${file}: ${error instanceof Error ? error.message : String(error)}`);
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const relabelPath = resolve(repoRoot, 'tests/fixtures/claims/corpus-relabels.json');
const relabels = relabelsFor(basename(file), JSON.parse(readOrFail(relabelPath)));
rows = applyRelabels(rows, relabels);
if (half) rows = rows.filter((r) => rowHalf(r) === half);
if (rows.length === 0) fail(`${file} has no labeled rows${half ? ` in the ${half} half` : ''}.`);
const showErrors = half !== 'aside' && !flag('quiet');

const analyzer = createAnalyzer();
const analyze = flag('no-section') ? (t: string) => analyzer.analyzeText(t) : analyzeWithSection(analyzer.analyzeText);
const started = performance.now();
const scores = scoreFlags(rows, analyze);
const elapsed = performance.now() - started;

const pad = (s: string, n: number) => s.padEnd(n);
const num = (x: number) => x.toFixed(3);
function table(scores: FlagScore[]) {
  console.log(`${pad('flag', 13)}${pad('precision', 11)}${pad('recall', 9)}${pad('F1', 7)}tp/fp/fn`);
  for (const s of scores)
    console.log(
      `${pad(s.flag, 13)}${pad(num(s.precision), 11)}${pad(num(s.recall), 9)}${pad(num(s.f1), 7)}${s.tp}/${s.fp}/${s.fn}`,
    );
}

console.log(
  `${rows.length} rows from ${file}${half ? ` (${half} half)` : ''}, section ${flag('no-section') ? 'not passed' : 'passed'}` +
    `, ${relabels.length} relabelled (analyzed in ${elapsed.toFixed(0)} ms)\n`,
);
table(scores);

// Per section: resume lines (no section) and each STAR section on their own.
const groups = new Map<string, LabeledRow[]>();
for (const r of rows) {
  const key = r.section ?? (r.kind === 'story' ? 'story, no section' : 'resume line');
  groups.set(key, [...(groups.get(key) ?? []), r]);
}
if (groups.size > 1) {
  console.log('\nper section (F1; P/R for vague_claim)');
  for (const [key, group] of groups) {
    const s = scoreFlags(group, analyze);
    const f = (flag: string) => {
      const x = s.find((y) => y.flag === flag)!;
      return x.tp + x.fn + x.fp === 0 ? '  -  ' : num(x.f1);
    };
    const v = s.find((y) => y.flag === 'vague_claim')!;
    console.log(
      `  ${pad(key, 18)} n=${pad(String(group.length), 4)} claim ${f('is_claim')}  metric ${f('has_metric')}  scale ${f('has_scale')}  outcome ${f('has_outcome')}  vague ${f('vague_claim')} (P ${num(v.precision)} R ${num(v.recall)})`,
    );
  }
}

// In-story claim marks, when the rows come from whole stories.
const ownStories = resolve(dirname(file), basename(file).replace(/\.jsonl$/, '-stories.jsonl'));
const storiesPath =
  option('stories') ?? (existsSync(ownStories) ? ownStories : resolve(dirname(file), 'stories.jsonl'));
const storyRows = rows.filter((r) => r.story_id);
let inStory: ReturnType<typeof scoreInStory> | undefined;
if (storyRows.length > 0 && existsSync(storiesPath)) {
  inStory = scoreInStory(parseLabeledStories(readOrFail(storiesPath)), storyRows, createAnalyzer().analyzeText);
  console.log(
    `\nin-story claim marks (${inStory.rows} rows of whole stories from ${storiesPath}, each story analyzed section by section)`,
  );
  console.log(
    `  precision ${num(inStory.precision)}  recall ${num(inStory.recall)}  F1 ${num(inStory.f1)}  tp/fp/fn ${inStory.tp}/${inStory.fp}/${inStory.fn}` +
      (inStory.unmatched.length ? `  (${inStory.unmatched.length} rows not found in their story)` : ''),
  );
  for (const [section, t] of Object.entries(inStory.bySection))
    console.log(`  ${pad(section, 11)} tp/fp/fn ${t.tp}/${t.fp}/${t.fn}`);
}

if (showErrors) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  // An aside row's error is never shown, even when the whole file is evaluated.
  const shown = (id: string) => {
    const r = byId.get(id);
    return r !== undefined && rowHalf(r) !== 'aside';
  };
  let hidden = 0;
  const visible = (ids: string[]) => {
    const kept = ids.filter(shown);
    hidden += ids.length - kept.length;
    return kept;
  };
  const excerpt = (id: string) => {
    const r = byId.get(id);
    const t = (r?.text ?? '').replace(/\s+/g, ' ');
    return `${r?.section ? `[${r.section}] ` : ''}${t.length > 140 ? `${t.slice(0, 137)}…` : t}`;
  };
  const printErrors = (title: string, falsePositives: string[], falseNegatives: string[]) => {
    const fps = visible(falsePositives);
    const fns = visible(falseNegatives);
    if (fps.length === 0 && fns.length === 0) return;
    console.log(`\n${title}`);
    for (const id of fps) console.log(`  FP ${id}: ${excerpt(id)}`);
    for (const id of fns) console.log(`  FN ${id}: ${excerpt(id)}`);
  };
  for (const s of scores) printErrors(s.flag, s.falsePositives, s.falseNegatives);
  if (inStory) printErrors('in-story claim marks', inStory.falsePositives, inStory.falseNegatives);
  if (hidden > 0) console.log(`\n(${hidden} errors on held-aside rows not shown)`);
}
