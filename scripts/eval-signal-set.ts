// `npx tsx scripts/eval-signal-set.ts <fresh-stories-N.json>`: figures only (never rows) of the signal detector on
// one labeled set of raw-text stories in tests/fixtures/signals — for a sealed final-check set, run once at a
// session's start and once at its end. A set written blind is labeled by its writer's own sentence cuts, so a
// labeled sentence the splitter puts inside a longer cut gives its labels to that cut, and one the splitter cuts
// finer is scored once, marked when any of its cuts is (both named by story, counted, never printed); a labeled
// sentence no cut or run of cuts matches cannot be scored and excludes its story.
import { labeledSentences, scoreSignals, type LabeledStory } from '#shared/analysis/signals/evaluate-signals';
import { readStoriesWithJoins } from '../tests/fixtures/signals/load-labeled-stories';

const name = process.argv[2];
if (!name) {
  process.stderr.write('usage: npx tsx scripts/eval-signal-set.ts <file in tests/fixtures/signals>\n');
  process.exit(2);
}

const stories = readStoriesWithJoins(name);
const kept: LabeledStory[] = [];
for (const { id, story, joined } of stories) {
  if (joined.inside > 0)
    console.log(`  ${id}: ${joined.inside} labeled sentence(s) inside a longer cut, labels joined`);
  if (joined.split > 0)
    console.log(`  ${id}: ${joined.split} labeled sentence(s) cut finer, scored as the OR of their cuts`);
  if (joined.finer > 0) {
    console.log(`  ${id}: excluded, ${joined.finer} labeled sentence(s) match no cut or run of cuts`);
    continue;
  }
  kept.push({ id, story, labels: joined.labels, ...(joined.split > 0 ? { units: joined.units } : {}) });
}
const count = kept.reduce((n, s) => n + labeledSentences(s.story).length - Object.keys(s.units ?? {}).length, 0);
console.log(`${name}: ${kept.length} of ${stories.length} stories, ${count} sentences`);
const f = (x: number) => x.toFixed(2);
for (const s of scoreSignals(kept))
  console.log(
    `  ${s.id.padEnd(18)}sent P ${f(s.sentences.precision)} R ${f(s.sentences.recall)} (${s.sentences.tp}/${s.sentences.fp}/${s.sentences.fn})  story P ${f(s.stories.precision)} R ${f(s.stories.recall)}  prompts ${s.prompts.right}/${s.prompts.shown} of ${s.prompts.due}`,
  );
