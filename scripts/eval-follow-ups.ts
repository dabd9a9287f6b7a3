// `npm run eval:followups`: how many follow-up questions a coach would ask as they are (precision over
// judged questions) and how many must-ask questions are asked, on real stories and our own, each split
// into a tuning half and a held-aside half (even ids). `--errors` lists the wrong and unjudged questions
// of the tuning halves only, so the held-aside half is never read for tuning; `--all` lists every half
// except the fresh set, whose figures alone are printed whatever the flags.
import { scoreFollowUps, type JudgedStory } from '#shared/analysis/signals/evaluate-follow-ups';
import {
  scoreLayers,
  scoreSentenceLayers,
  type LayerJudgedStory,
  type LayerScore,
} from '#shared/projects/evaluate-layers';
import {
  loadJudgedStories,
  loadLayerStories,
  loadSentenceLayerStories,
} from '../tests/fixtures/follow-ups/load-judged-stories';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const showErrors = process.argv.includes('--errors') || process.argv.includes('--all');
const showAside = process.argv.includes('--all');
const parts = loadJudgedStories();
if (parts.corpusMissing) console.log(`Real stories skipped: ${parts.corpusMissing}.\n`);

function report(name: string, stories: JudgedStory[], errors: boolean): void {
  if (stories.length === 0) return;
  const s = scoreFollowUps(stories);
  const verdicts = Object.entries(s.counts)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${v} ${n}`)
    .join(', ');
  console.log(
    `${name}: ${s.stories} stories, ${s.questions} questions (${(s.questions / s.stories).toFixed(1)} a story)`,
  );
  console.log(`  precision ${s.precision.toFixed(2)} (${s.counts.right}/${s.judged} judged; ${verdicts})`);
  console.log(
    `  must-ask asked ${s.mustTotal - s.missed.length}/${s.mustTotal}; right questions still asked ${s.rightAsked}/${s.rightKnown}; unjudged ${s.unjudged.length}`,
  );
  if (errors) {
    for (const w of s.wrong) console.log(`  ✗ ${w}`);
    for (const m of s.missed) console.log(`  missed ${m}`);
    for (const u of s.unjudged) console.log(`  ? ${u}`);
    for (const l of s.lost) console.log(`  lost ${l}`);
  }
  console.log('');
}

report(`${parts.corpus.name}, tuning half (odd ids)`, parts.corpus.tuning, showErrors);
for (const set of parts.written) report(`${set.name}, tuning half`, set.tuning, showErrors);
report(`${parts.corpus.name}, held aside (even ids)`, parts.corpus.aside, showAside);
for (const set of parts.written) report(`${set.name}, held aside`, set.aside, showAside);
for (const set of parts.fresh) report(`${set.name}, held aside (never tuned on)`, set.stories, false);

// The depth map's layers on real stories: is a layer shown (evidence found) where the story covers it?
function reportLayers(name: string, stories: LayerJudgedStory[], errors: boolean): void {
  if (stories.length === 0) return;
  printLayerScores(`${name}: ${stories.length} stories`, scoreLayers(stories), errors);
}

function printLayerScores(name: string, scores: LayerScore[], errors: boolean): void {
  const tp = scores.reduce((n, s) => n + s.tp, 0);
  const shown = scores.reduce((n, s) => n + s.shown, 0);
  const covered = scores.reduce((n, s) => n + s.covered, 0);
  console.log(
    `${name}; layers shown right ${tp}/${shown} (P ${(tp / shown).toFixed(2)}), covered layers found ${tp}/${covered} (R ${(tp / covered).toFixed(2)})`,
  );
  for (const s of scores) {
    console.log(
      `  ${s.id.padEnd(12)} P ${s.precision.toFixed(2)} (${s.tp}/${s.shown})  R ${s.recall.toFixed(2)} (${s.tp}/${s.covered})`,
    );
    if (errors) for (const e of s.errors) console.log(`    ✗ ${e}`);
  }
  console.log('');
}

const layers = loadLayerStories();
reportLayers('Depth-map layers, real stories, tuning half', layers.tuning, showErrors);
reportLayers('Depth-map layers, real stories, held aside', layers.aside, showAside);

// Per sentence, on stories we wrote (written-layers.json): is each sentence placed under the layers it is about?
const placed = loadSentenceLayerStories();
printLayerScores(
  `Layers per sentence, written stories, tuning half: ${placed.tuning.length} stories`,
  scoreSentenceLayers(placed.tuning),
  showErrors,
);
printLayerScores(
  `Layers per sentence, written stories, held aside: ${placed.aside.length} stories`,
  scoreSentenceLayers(placed.aside),
  showAside,
);
