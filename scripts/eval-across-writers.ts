// `npm run eval:writers -- [--save=<file.json>] [--compare=<file.json>]`
// Runs the claim analyzer once on every row of every writer group (scripts/claim-writer-groups.ts) and
// prints, per group and flag, tp/fp/fn with precision and recall, then the totals. Figures-only groups
// (fresh-3/4/5/7/8, the real corpus's aside halves) print their figures only, never a row. Whole-story
// rows are scored as eval-claims scores them: each row free-standing with its section passed.
// --save writes the figures as JSON; --compare reads such a file and prints before → after per group and,
// per flag, on how many groups it improved and on how many it got worse (fp up or tp down).
// --hide=<group,group,…> keeps held-out writers (e.g. fresh-10,fresh-16) out of everything printed: their lines,
// the better/worse counts and the sums, which are taken without them and say "(N groups hidden)"; --save still
// writes them. --reveal prints them, for the one end-of-work check (scripts/hidden-groups.ts).
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '#shared/analysis/index';
import { analyzeWithSection, predictedFlags } from '#shared/analysis/evaluate';
import { groupFigures, type GroupFigures } from '#shared/analysis/writer-groups';
import { acrossWritersReport, saveFigures } from './across-writers-report';
import { allClaimGroups } from './claim-writer-groups';
import { parseHideOptions } from './hidden-groups';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const hide = parseHideOptions(args);

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

console.log(
  `claim flags per writer group (analyzed in ${elapsed.toFixed(0)} ms); each cell: tp/fp/fn precision recall\n`,
);
const compare = option('compare');
const before = compare
  ? { file: compare, figures: JSON.parse(readFileSync(compare, 'utf8')) as GroupFigures[] }
  : undefined;
for (const line of acrossWritersReport(figures, hide, before)) console.log(line);

const save = option('save');
if (save) {
  saveFigures(save, figures);
  console.log(`\nsaved ${figures.length} groups to ${save}`);
}
