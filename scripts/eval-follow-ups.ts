// `npm run eval:followups`: how many follow-up questions a coach would ask as they are (precision over
// judged questions) and how many must-ask questions are asked, on real stories and our own, each split
// into a tuning half and a held-aside half (even ids). `--errors` lists the wrong and unjudged questions
// of the tuning halves only, so the held-aside half is never read for tuning; `--all` lists every half.
import { scoreFollowUps, type JudgedStory } from '#shared/analysis/signals/evaluate-follow-ups';
import { loadJudgedStories } from '../tests/fixtures/follow-ups/load-judged-stories';

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

report('Real stories, tuning half (odd ids)', parts.corpusTuning, showErrors);
report('Written stories, tuning half', parts.writtenTuning, showErrors);
report('Real stories, held aside (even ids)', parts.corpusAside, showAside);
report('Written stories, held aside', parts.writtenAside, showAside);
