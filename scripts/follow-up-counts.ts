// `npm run eval:followups:counts`: how many follow-up questions each judged story gets, by story length.
// Figures only (counts per length band), for every judged set; no question or story text is printed, so
// it can run on the fresh sets too.
import { followUps } from '#shared/analysis/index';
import type { JudgedStory } from '#shared/analysis/signals/evaluate-follow-ups';
import { loadJudgedStories } from '../tests/fixtures/follow-ups/load-judged-stories';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const BANDS = [
  { name: '< 120 words', max: 120 },
  { name: '120–249 words', max: 250 },
  { name: '250–399 words', max: 400 },
  { name: '400+ words', max: Infinity },
];

function wordsOf(s: JudgedStory): number {
  const { situation, task, action, result, reflection } = s.story;
  return `${situation} ${task} ${action} ${result} ${reflection}`.split(/\s+/).filter(Boolean).length;
}

function report(name: string, stories: JudgedStory[]): void {
  if (stories.length === 0) return;
  const rows = stories.map((s) => ({ words: wordsOf(s), asked: followUps(s.story).length }));
  const mean = rows.reduce((n, r) => n + r.asked, 0) / rows.length;
  const inRange = rows.filter((r) => r.asked >= 5).length;
  console.log(`${name}: ${rows.length} stories, ${mean.toFixed(1)} a story, ${inRange} with 5–8`);
  let lower = 0;
  for (const band of BANDS) {
    const inBand = rows.filter((r) => r.words >= lower && r.words < band.max);
    lower = band.max;
    if (inBand.length === 0) continue;
    const hist = Array.from({ length: 9 }, (_, n) => inBand.filter((r) => r.asked === n).length);
    const m = inBand.reduce((n, r) => n + r.asked, 0) / inBand.length;
    console.log(
      `  ${band.name.padEnd(14)} ${String(inBand.length).padStart(2)} stories, mean ${m.toFixed(1)}, counts 0..8: ${hist.join(' ')}`,
    );
  }
}

const parts = loadJudgedStories();
report(`${parts.corpus.name} (tuning + aside)`, [...parts.corpus.tuning, ...parts.corpus.aside]);
for (const set of parts.written) report(`${set.name} (tuning + aside)`, [...set.tuning, ...set.aside]);
for (const set of parts.fresh) report(`${set.name} (${set.id})`, set.stories);
