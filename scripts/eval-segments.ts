// `npx tsx scripts/eval-segments.ts [--verbose]`: how well a story written without headings is cut into
// STAR sections by content (story-segments.ts). Every headed story of the corpus (../shared/corpus or
// STORYBANK_CORPUS_DIR, read at run time) and of our own story sets is stripped of its headings and
// split again; a sentence is right when it lands in its heading's section. Stories fall in the
// tuning or aside half by rowHalf; the misplaced sentences are printed for the tuning half only.
// Then how headings are read (tests/fixtures/segments/heading-forms.jsonl, evaluate-headings.ts): lines in
// their section, headings read, near misses left whole; wrong lines printed for the tuning half only.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseLabeledStories, type LabeledStory } from '#shared/analysis/evaluate-stories';
import { rowHalf } from '#shared/analysis/evaluate';
import { scoreSegments } from '#shared/analysis/evaluate-segments';
import { parseHeadingForms, scoreHeadingForms } from '#shared/analysis/evaluate-headings';

const root = resolve(import.meta.dirname, '..');
const corpus = resolve(process.env.STORYBANK_CORPUS_DIR ?? resolve(root, '../shared/corpus'), 'stories.jsonl');
const files = [
  corpus,
  ...['story-set', 'story-set-2', 'story-set-3', 'written'].map((f) =>
    resolve(root, `tests/fixtures/claims/${f}-stories.jsonl`),
  ),
].filter((f) => existsSync(f));
if (!files.includes(corpus)) console.log(`(no corpus at ${corpus}; our own stories only)`);

const stories: LabeledStory[] = files.flatMap((f) => parseLabeledStories(readFileSync(f, 'utf8')));
for (const half of ['tuning', 'aside'] as const) {
  const score = scoreSegments(stories.filter((s) => rowHalf({ id: s.story_id, story_id: s.story_id }) === half));
  console.log(
    `${half}: ${score.stories} headed stories, ${score.right}/${score.sentences} sentences in their section (${score.accuracy.toFixed(3)})`,
  );
  if (half === 'tuning' && process.argv.includes('--verbose'))
    for (const w of score.wrong) console.log(`  ${w.story_id} ${w.section} → ${w.guess}: ${w.text.slice(0, 100)}`);
}

const forms = parseHeadingForms(readFileSync(resolve(root, 'tests/fixtures/segments/heading-forms.jsonl'), 'utf8'));
const ratio = (a: number, b: number) => `${a}/${b} (${(b === 0 ? 0 : a / b).toFixed(3)})`;
for (const half of ['tuning', 'aside'] as const) {
  const score = scoreHeadingForms(forms.filter((s) => s.half === half));
  console.log(
    `heading forms, ${half}: ${score.stories} stories; lines in their section ${ratio(score.linesRight, score.lines)}, ` +
      `headings read ${ratio(score.headingsRight, score.headings)}, near misses left whole ${ratio(score.nearRight, score.near)}`,
  );
  if (half === 'tuning' && process.argv.includes('--verbose'))
    for (const w of score.wrong) console.log(`  ${w.story_id} ${w.expected} → ${w.got}: ${w.line.slice(0, 100)}`);
}
