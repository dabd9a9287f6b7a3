// `npm run eval:writers -- [--save=<file.json>] [--compare=<file.json>]`
// Runs the claim analyzer once on every row of every writer group (scripts/claim-writer-groups.ts) and
// prints, per group and flag, tp/fp/fn with precision and recall, then the totals. Figures-only groups
// (fresh-3/4/5/7/8, the real corpus's aside halves) print their figures only, never a row. Whole-story
// rows are scored as eval-claims scores them: each row free-standing with its section passed.
// --save writes the figures as JSON; --compare reads such a file and prints before → after per group and,
// per flag, on how many groups it improved and on how many it got worse (fp up or tp down).
import { readFileSync, writeFileSync } from 'node:fs';
import { createAnalyzer } from '#shared/analysis/index';
import { analyzeWithSection, predictedFlags } from '#shared/analysis/evaluate';
import {
  formatComparison,
  formatFigures,
  groupFigures,
  sumFigures,
  type GroupFigures,
} from '#shared/analysis/writer-groups';
import { allClaimGroups } from './claim-writer-groups';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

const analyzer = createAnalyzer();
const analyze = analyzeWithSection(analyzer.analyzeText);
const started = performance.now();
const figures: GroupFigures[] = allClaimGroups().map((g) =>
  groupFigures(
    g,
    g.rows.map((r) => predictedFlags(analyze(r.text, r))),
  ),
);
const elapsed = performance.now() - started;

const readable = figures.filter((g) => !g.figuresOnly);
const figuresOnly = figures.filter((g) => g.figuresOnly);
const spent = readable.filter((g) => g.name.startsWith('fresh-'));
console.log(
  `claim flags per writer group (analyzed in ${elapsed.toFixed(0)} ms); each cell: tp/fp/fn precision recall\n`,
);
for (const line of formatFigures([
  ...readable,
  sumFigures('spent writers', spent),
  sumFigures('all readable', readable),
]))
  console.log(line);
console.log('\nfigures only (no rows are ever shown for these)');
for (const line of formatFigures([...figuresOnly, sumFigures('figures-only total', figuresOnly)])) console.log(line);

const save = option('save');
if (save) {
  writeFileSync(save, `${JSON.stringify(figures, null, 1)}\n`);
  console.log(`\nsaved ${figures.length} groups to ${save}`);
}
const compare = option('compare');
if (compare) {
  const before = JSON.parse(readFileSync(compare, 'utf8')) as GroupFigures[];
  console.log(`\nbefore (${compare}) → after`);
  for (const line of formatComparison(before, figures)) console.log(line);
}
