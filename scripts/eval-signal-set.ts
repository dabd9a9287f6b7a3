// `npx tsx scripts/eval-signal-set.ts <fresh-stories-N.json>`: figures only (never rows) of the signal detector on
// one labeled set of raw-text stories in tests/fixtures/signals — for a sealed final-check set, run once at a
// session's start and once at its end. A set written blind is labeled by its writer's own sentence cuts, so a
// labeled sentence the splitter puts inside a longer cut gives its labels to that cut (named by story, counted,
// never printed); a labeled sentence the splitter cuts finer cannot be scored and excludes its story.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readSectionHeading } from '#shared/analysis/section-headings';
import {
  labeledSentences,
  scoreSignals,
  storyTextOf,
  type LabeledStory,
} from '#shared/analysis/signals/evaluate-signals';
import { SIGNAL_IDS } from '#shared/analysis/signals/signal-ids';

const name = process.argv[2];
if (!name) {
  process.stderr.write('usage: npx tsx scripts/eval-signal-set.ts <file in tests/fixtures/signals>\n');
  process.exit(2);
}
const here = fileURLToPath(new URL('.', import.meta.url));
const Set_ = z.object({
  stories: z.array(
    z.object({ id: z.string(), text: z.string(), labels: z.record(z.string(), z.array(z.enum(SIGNAL_IDS))) }),
  ),
});
const raw = Set_.parse(JSON.parse(readFileSync(resolve(here, '../tests/fixtures/signals', name), 'utf8')));
const collapse = (t: string) => t.replace(/\s+/g, ' ').trim();

const kept: LabeledStory[] = [];
for (const { id, text, labels } of raw.stories) {
  const story = storyTextOf(text);
  const sentences = labeledSentences(story);
  const keyOf = new Map(sentences.map((s) => [collapse(s.text), s.key]));
  const byKey: LabeledStory['labels'] = {};
  let inside = 0;
  let finer = 0;
  for (const [sentence, signals] of Object.entries(labels)) {
    const heading = readSectionHeading(sentence);
    if (heading && heading.rest === '' && signals.length === 0) continue;
    const key = keyOf.get(collapse(sentence)) ?? (heading ? keyOf.get(collapse(heading.rest)) : undefined);
    if (key !== undefined) {
      byKey[key] = [...new Set([...(byKey[key] ?? []), ...signals])];
      continue;
    }
    const wanted = collapse(heading?.rest || sentence);
    const host = sentences.find((s) => collapse(s.text).includes(wanted));
    if (host) {
      inside++;
      byKey[host.key] = [...new Set([...(byKey[host.key] ?? []), ...signals])];
    } else finer++;
  }
  if (inside > 0) console.log(`  ${id}: ${inside} labeled sentence(s) inside a longer cut, labels joined`);
  if (finer > 0) {
    console.log(`  ${id}: excluded, ${finer} labeled sentence(s) cut finer than labeled`);
    continue;
  }
  kept.push({ id, story, labels: byKey });
}
const count = kept.reduce((n, s) => n + labeledSentences(s.story).length, 0);
console.log(`${name}: ${kept.length} of ${raw.stories.length} stories, ${count} sentences`);
const f = (x: number) => x.toFixed(2);
for (const s of scoreSignals(kept))
  console.log(
    `  ${s.id.padEnd(18)}sent P ${f(s.sentences.precision)} R ${f(s.sentences.recall)} (${s.sentences.tp}/${s.sentences.fp}/${s.sentences.fn})  story P ${f(s.stories.precision)} R ${f(s.stories.recall)}  prompts ${s.prompts.right}/${s.prompts.shown} of ${s.prompts.due}`,
  );
