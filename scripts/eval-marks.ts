// `npm run eval:marks -- [--corpus=<stories.jsonl>] [--unjudged]`: per-rule precision of the style
// and coaching marks (passive voice, weasel words, hedges, weak ownership, "we" without "I", and the
// figure and Result coaching marks) on three sets: the real stories of the corpus (read at run time,
// never copied), our own stories used while writing the rules, and our own stories kept aside.
// Judgements live in tests/fixtures/marks/judgements.json, keyed by story, section, rule and offsets.
// --unjudged prints the marks no one has judged yet, as judgement rows to fill in.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeStory } from '#shared/analysis/index';
import { parseLabeledStories, storyParts } from '#shared/analysis/evaluate-stories';
import {
  allFieldMarks,
  DeservedSample,
  MarkJudgement,
  scoreMarks,
  scoreRecall,
  shownMarks,
  type MarkScore,
  type ShownMark,
} from '#shared/analysis/evaluate-marks';
import type { StoryReport } from '#shared/analysis/types';
import { isSealedSetName } from '#shared/analysis/writer-groups';
import type { Story, StorySection } from '#shared/domain/schemas';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

function fail(message: string): never {
  process.stderr.write(`eval-marks: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const root = resolve(import.meta.dirname, '..');
// The corpus sits beside the main checkout (../shared/corpus); STORYBANK_CORPUS_DIR points a worktree at it.
const corpusPath =
  option('corpus') ?? resolve(process.env.STORYBANK_CORPUS_DIR ?? resolve(root, '../shared/corpus'), 'stories.jsonl');
const ownPath = resolve(root, 'tests/fixtures/marks/own-stories.jsonl');
const judgementsPath = resolve(root, 'tests/fixtures/marks/judgements.json');
const deservedPath = resolve(root, 'tests/fixtures/marks/deserved.json');

type Fields = Pick<Story, StorySection>;
const EMPTY: Fields = { situation: '', task: '', action: '', result: '', reflection: '' };

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    fail(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A corpus story cut at its STAR headings, the sections joined the way a user would paste them. */
function corpusFields(text: string): Fields {
  const fields = { ...EMPTY };
  for (const part of storyParts(text))
    fields[part.section] = fields[part.section] ? `${fields[part.section]}\n${part.text.trim()}` : part.text.trim();
  return fields;
}

let judgements: MarkJudgement[];
try {
  judgements = MarkJudgement.array().parse(JSON.parse(read(judgementsPath)));
} catch (error) {
  fail(`${judgementsPath}: ${error instanceof Error ? error.message : String(error)}`);
}
let deserved: DeservedSample;
try {
  deserved = DeservedSample.parse(JSON.parse(read(deservedPath)));
} catch (error) {
  fail(`${deservedPath}: ${error instanceof Error ? error.message : String(error)}`);
}

interface Set {
  name: string;
  stories: { id: string; fields: Fields }[];
}
const sets: Set[] = [];
if (existsSync(corpusPath)) {
  const corpus = parseLabeledStories(read(corpusPath));
  sets.push({ name: 'corpus', stories: corpus.map((s) => ({ id: s.story_id, fields: corpusFields(s.text) })) });
} else {
  console.log(`(no corpus at ${corpusPath}; pass --corpus=<stories.jsonl> or set STORYBANK_CORPUS_DIR)\n`);
}
const own = read(ownPath)
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Fields & { story_id: string; set: 'tuning' | 'aside' });
for (const half of ['tuning', 'aside'] as const)
  sets.push({
    name: `own-${half}`,
    stories: own.filter((s) => s.set === half).map((s) => ({ id: s.story_id, fields: { ...EMPTY, ...s } })),
  });

// The spent blind writers' whole stories (read-only; each file is one writer who never read the analyzer).
// Listed by name: the sealed sets (claims fresh-36*/37*, signals fresh-stories-37/38) and the figures-only
// sets (claims fresh-3/4/5/7/8, signals fresh-stories-4/5/6/8/9) must never be read here.
const BLIND_CLAIM_SETS = [
  6, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
];
const BLIND_SIGNAL_SETS = [
  7, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36,
];
// A second guard, because a hand-moved list once read a sealed set (session 39's move listed fresh-32 early).
for (const n of BLIND_CLAIM_SETS)
  if (isSealedSetName(`fresh-${n}-whole`)) throw new Error(`fresh-${n} is a sealed set and is never read here.`);
const blindSets: Set[] = [
  ...BLIND_CLAIM_SETS.map((n) => ({
    name: `fresh-${n}-whole`,
    stories: parseLabeledStories(read(resolve(root, `tests/fixtures/claims/fresh-${n}-whole-stories.jsonl`))).map(
      (s) => ({ id: `fresh-${n}-whole:${s.story_id}`, fields: corpusFields(s.text) }),
    ),
  })),
  ...BLIND_SIGNAL_SETS.map((n) => ({
    name: `fresh-stories-${n}`,
    stories: (
      JSON.parse(read(resolve(root, `tests/fixtures/signals/fresh-stories-${n}.json`))) as {
        stories: { id: string; text: string }[];
      }
    ).stories.map((s) => ({ id: `fresh-stories-${n}:${s.id}`, fields: corpusFields(s.text) })),
  })),
];

const pct = (x: number) => (Number.isNaN(x) ? '   –' : `${(x * 100).toFixed(0).padStart(3)}%`);
const unjudged: { mark: ShownMark; text: string }[] = [];
for (const set of sets) {
  const marks: ShownMark[] = [];
  const texts = new Map<string, Fields>();
  for (const story of set.stories) {
    texts.set(story.id, story.fields);
    marks.push(...shownMarks(story.id, analyzeStory(story.fields as Story)));
  }
  const score: MarkScore = scoreMarks(marks, judgements);
  console.log(`${set.name}: ${set.stories.length} stories, ${marks.length} marks`);
  console.log(`  ${'rule'.padEnd(24)}marks  judged  agreed  precision`);
  for (const r of [...score.rules, score.total])
    console.log(
      `  ${r.rule.padEnd(24)}${String(r.marks).padStart(5)}${String(r.judged).padStart(8)}${String(r.agreed).padStart(8)}  ${pct(r.precision)}`,
    );
  console.log('');
  for (const m of score.unjudged) unjudged.push({ mark: m, text: texts.get(m.story_id)![m.section] });
}

// The blind writers: one line per writer (all rules), then the rules over every writer together.
const blindReports = new Map<string, StoryReport>();
{
  const all: ShownMark[] = [];
  const texts = new Map<string, Fields>();
  console.log(
    `blind writers: ${blindSets.length} sets, ${blindSets.reduce((n, s) => n + s.stories.length, 0)} stories`,
  );
  console.log(`  ${'writer'.padEnd(24)}marks  judged  agreed  precision`);
  for (const set of blindSets) {
    const marks: ShownMark[] = [];
    for (const story of set.stories) {
      texts.set(story.id, story.fields);
      const report = analyzeStory(story.fields as Story);
      blindReports.set(story.id, report);
      marks.push(...shownMarks(story.id, report));
    }
    all.push(...marks);
    const t = scoreMarks(marks, judgements).total;
    console.log(
      `  ${set.name.padEnd(24)}${String(t.marks).padStart(5)}${String(t.judged).padStart(8)}${String(t.agreed).padStart(8)}  ${pct(t.precision)}`,
    );
  }
  const score = scoreMarks(all, judgements);
  console.log(`  ${'rule (all writers)'.padEnd(24)}marks  judged  agreed  precision`);
  for (const r of [...score.rules, score.total])
    console.log(
      `  ${r.rule.padEnd(24)}${String(r.marks).padStart(5)}${String(r.judged).padStart(8)}${String(r.agreed).padStart(8)}  ${pct(r.precision)}`,
    );
  console.log('');
  for (const m of score.unjudged) unjudged.push({ mark: m, text: texts.get(m.story_id)![m.section] });
}

// Recall on the fixed sample of blind stories: of the sentences that deserve a rule's mark, how many
// show it. A miss that shows another mark is "shadowed" (one mark per sentence).
{
  const sampleSets = blindSets.filter((s) => deserved.sample.includes(s.name));
  const sampleIds = new Set(sampleSets.flatMap((s) => s.stories.map((st) => st.id)));
  const listed = new Set(deserved.stories.map((s) => s.story_id));
  const unread = [...sampleIds].filter((id) => !listed.has(id));
  const strays = [...listed].filter((id) => !sampleIds.has(id));
  const marks: ShownMark[] = [];
  const anyMarks: ShownMark[] = [];
  let stale = 0;
  for (const story of deserved.stories) {
    const report = blindReports.get(story.story_id);
    if (!report) continue;
    marks.push(...shownMarks(story.story_id, report));
    anyMarks.push(...allFieldMarks(story.story_id, report));
    // An entry names a whole sentence of the current cut; a changed split or splitter leaves it stale.
    for (const d of story.deserved)
      if (!report.fields[d.section].sentences.some((s) => s.start === d.start && s.end === d.end)) {
        stale++;
        console.log(`  stale deserved entry: ${story.story_id} ${d.section} ${d.rule} ${d.start}-${d.end}`);
      }
  }
  const recall = scoreRecall(
    deserved.stories.filter((s) => sampleIds.has(s.story_id)),
    marks,
    anyMarks,
  );
  console.log(`recall sample: ${deserved.sample.join(', ')} (${sampleIds.size} stories)`);
  console.log(`  ${'rule'.padEnd(24)}deserved  found  shadowed  recall`);
  for (const r of [...recall.rules, recall.total])
    console.log(
      `  ${r.rule.padEnd(24)}${String(r.deserved).padStart(8)}${String(r.found).padStart(7)}${String(r.shadowed).padStart(10)}  ${pct(r.recall)}`,
    );
  console.log('  (a rule not listed has nothing deserved in the sample)');
  if (unread.length + strays.length + stale > 0)
    console.log(
      `  ${unread.length} sample stories not read, ${strays.length} listed stories outside it, ${stale} stale`,
    );
  console.log('');
}

if (unjudged.length > 0) {
  console.log(
    `${unjudged.length} marks have no judgement yet${args.includes('--unjudged') ? ':' : ' (--unjudged lists them)'}`,
  );
  if (args.includes('--unjudged'))
    for (const { mark, text } of unjudged) {
      const around = text
        .slice(Math.max(0, mark.start - 60), Math.min(text.length, mark.end + 60))
        .replace(/\s+/g, ' ');
      console.log(
        `  ${JSON.stringify({ ...mark, agree: null })}\n      «${text.slice(mark.start, mark.end)}» … ${around}`,
      );
    }
}
