// `npx tsx scripts/eval-instory-writers.ts [--hide=<group,…>] [--reveal] [--errors]`
// In-story claim marks (evaluate-stories.ts: a sentence is marked when it is a claim with no metric that states an
// outcome, or a Result claim with no metric, scale or outcome) on every whole-story set at once: the spent blind
// writers (fresh-N-whole), the spent blind probes of sessions 37 and 38, the real corpus stories, and our own story
// sets. Prints tp/fp/fn per set and per labeled section, then the sums. Figures-only writers (fresh-3/4/5/7/8) and
// the corpus aside halves print figures only. --errors lists the false and missed marks of readable rows, never an
// aside row's. Held-out writers given to --hide are scored but never printed nor summed (scripts/hidden-groups.ts).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createAnalyzer } from '#shared/analysis/index';
import { rowHalf, type LabeledRow } from '#shared/analysis/evaluate';
import { parseLabeledStories, scoreInStory, type InStoryResult } from '#shared/analysis/evaluate-stories';
import { CORPUS_FILES, FIGURES_ONLY_WRITERS, readLabeledFile, repoRoot, SPENT_WRITERS } from './claim-writer-groups';
import { parseHideOptions } from './hidden-groups';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const args = process.argv.slice(2);
const hide = parseHideOptions(args);
const showErrors = args.includes('--errors');
const claimsDir = resolve(repoRoot, 'tests/fixtures/claims');
const corpusDir = resolve(repoRoot, '../shared/corpus');

interface StorySet {
  name: string;
  rows: LabeledRow[];
  storiesPath: string;
  figuresOnly: boolean;
  /** A spent blind writer or probe set: every row may be read. */
  spent: boolean;
}

const sets: StorySet[] = [];
const add = (
  name: string,
  rowsPath: string,
  storiesPath: string,
  figuresOnly: boolean,
  filter = (_: LabeledRow) => true,
) => {
  if (!existsSync(rowsPath) || !existsSync(storiesPath)) return;
  const spent = !figuresOnly && !name.startsWith('dev-claims');
  sets.push({ name, rows: readLabeledFile(rowsPath).filter(filter), storiesPath, figuresOnly, spent });
};
for (const w of SPENT_WRITERS)
  add(w, resolve(claimsDir, `${w}-whole.jsonl`), resolve(claimsDir, `${w}-whole-stories.jsonl`), false);
for (const p of ['probes-s37', 'probes-s38', 'probes-s39', 'probes-s40', 'probes-s41', 'probes-s42'])
  add(
    p,
    resolve(repoRoot, `tests/fixtures/${p}/whole.jsonl`),
    resolve(repoRoot, `tests/fixtures/${p}/whole-stories.jsonl`),
    false,
  );
for (const c of CORPUS_FILES) {
  add(
    `${c}:tuning`,
    resolve(corpusDir, `${c}.jsonl`),
    resolve(corpusDir, 'stories.jsonl'),
    false,
    (r) => rowHalf(r) === 'tuning',
  );
  add(
    `${c}:aside`,
    resolve(corpusDir, `${c}.jsonl`),
    resolve(corpusDir, 'stories.jsonl'),
    true,
    (r) => rowHalf(r) === 'aside',
  );
}
for (const w of FIGURES_ONLY_WRITERS)
  add(w, resolve(claimsDir, `${w}-whole.jsonl`), resolve(claimsDir, `${w}-whole-stories.jsonl`), true);

const analyzer = createAnalyzer();
const sum = { tp: 0, fp: 0, fn: 0 };
const sumFigures = { tp: 0, fp: 0, fn: 0 };
const bySection: Record<string, { tp: number; fp: number; fn: number }> = {};
const cell = (t: { tp: number; fp: number; fn: number }) => `${t.tp}/${t.fp}/${t.fn}`;
const errors: string[] = [];
for (const set of sets) {
  if (hide.isHidden(set.name)) continue;
  const r: InStoryResult = scoreInStory(
    parseLabeledStories(readFileSync(set.storiesPath, 'utf8')),
    set.rows,
    analyzer.analyzeText,
  );
  const into = set.figuresOnly ? sumFigures : sum;
  into.tp += r.tp;
  into.fp += r.fp;
  into.fn += r.fn;
  const sections = Object.entries(r.bySection)
    .map(([s, t]) => `${s} ${cell(t)}`)
    .join('  ');
  console.log(`${set.name.padEnd(20)}${cell(r).padEnd(10)}${set.figuresOnly ? '(figures only)' : sections}`);
  if (set.figuresOnly) continue;
  for (const [s, t] of Object.entries(r.bySection)) {
    const b = (bySection[s] ??= { tp: 0, fp: 0, fn: 0 });
    b.tp += t.tp;
    b.fp += t.fp;
    b.fn += t.fn;
  }
  if (!showErrors) continue;
  const byId = new Map(set.rows.map((row) => [row.id, row]));
  const line = (kind: string, id: string) => {
    const row = byId.get(id)!;
    // A spent writer's rows may all be studied (their "aside" half marked them while they were blind); our own
    // and the corpus's aside rows never are.
    if (rowHalf(row) === 'aside' && !set.spent) return;
    errors.push(
      `${kind} ${set.name} ${id} [${row.section ?? '-'}] ${row.text.replace(/\s+/g, ' ')}  // ${row.note ?? ''}`,
    );
  };
  for (const id of r.falsePositives) line('FP', id);
  for (const id of r.falseNegatives) line('FN', id);
}
const p = (t: { tp: number; fp: number; fn: number }) =>
  `P ${(t.tp / Math.max(1, t.tp + t.fp)).toFixed(2)} R ${(t.tp / Math.max(1, t.tp + t.fn)).toFixed(2)}`;
console.log(
  `\nreadable sum ${cell(sum)}  ${p(sum)}${hide.names.length && !hide.reveal ? ` (${hide.names.length} hidden)` : ''}`,
);
for (const [s, t] of Object.entries(bySection)) console.log(`  ${s.padEnd(11)} ${cell(t)}  ${p(t)}`);
console.log(`figures-only sum ${cell(sumFigures)}  ${p(sumFigures)}`);
if (showErrors) for (const e of errors) console.log(e);
