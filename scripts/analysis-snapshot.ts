// `npx tsx scripts/analysis-snapshot.ts <out.json>`: every output of the analysis over every text we may run
// code on, written as one JSON snapshot, so a change meant to alter no output (a speed-up, a refactor) can be
// checked byte for byte: write the snapshot before the change, again after, and compare the two files (`cmp`).
// It prints the snapshot's SHA-256 and size, never a row.
//
// What it runs: analyzeText per sentence row (with its section, and free-standing), analyzeStory, storySignals
// and followUps per story, and the job-description reader (extractJobFocus under each evaluated framework) per
// posting. What it reads: the real corpus (../shared/corpus/*.jsonl), the claim, signal, follow-up, marks and
// bank fixtures, the job postings and the benchmark's story samples. The sealed final checks are left out by
// name (claims fresh-36*, fresh-37*; signals fresh-stories-37*, fresh-stories-38*; jobs fresh-jobs-27, -28), and
// so is any later-numbered fresh set, which is sealed until a session spends it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer, followUps, storySignals } from '#shared/analysis/index';
import { storyTextOf } from '#shared/analysis/signals/evaluate-signals';
import type { StoryText } from '#shared/analysis/signals/story-sentences';
import type { StorySection } from '#shared/analysis/domain-types';
import { extractJobFocus } from '#shared/competencies/job-focus/extract-job-focus';
import { presetFramework } from '#shared/competencies/preset-frameworks';
import { sampleStory } from '../bench/story-samples';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const fixtures = join(root, 'tests/fixtures');
const corpusDir = resolve(process.env.STORYBANK_CORPUS_DIR ?? join(root, '../shared/corpus'));
const out = process.argv[2];
if (!out) throw new Error('usage: analysis-snapshot.ts <out.json>');

/** The number in a "fresh-N" or "fresh-stories-N" or "fresh-jobs-N" name, if any. */
function freshNumber(name: string, prefix: string): number | undefined {
  const m = new RegExp(`^${prefix}(\\d+)`).exec(name);
  return m ? Number(m[1]) : undefined;
}

/** Sealed final checks, by name: never read. Later-numbered fresh sets are sealed too. */
function sealed(dir: 'claims' | 'signals' | 'jobs', name: string): boolean {
  if (dir === 'claims') {
    if (name.startsWith('fresh-36') || name.startsWith('fresh-37')) return true;
    const n = freshNumber(name, 'fresh-');
    return n !== undefined && n >= 37;
  }
  if (dir === 'signals') {
    if (name.startsWith('fresh-stories-37') || name.startsWith('fresh-stories-38')) return true;
    const n = freshNumber(name, 'fresh-stories-');
    return n !== undefined && n >= 37;
  }
  if (name === 'fresh-jobs-27' || name === 'fresh-jobs-28') return true;
  const n = freshNumber(name, 'fresh-jobs-');
  return n !== undefined && n >= 27;
}

const SECTIONS: readonly StorySection[] = ['situation', 'task', 'action', 'result', 'reflection'];
const isSection = (v: unknown): v is StorySection => typeof v === 'string' && SECTIONS.includes(v as StorySection);

/** JSON with Maps and Sets written out (the outputs are plain objects today; this keeps a later Set visible). */
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { map: [...value.entries()] };
  if (value instanceof Set) return { set: [...value] };
  return value;
}

const entries: string[] = [];
let analyzer = createAnalyzer();
let texts = 0;
let stories = 0;

function emit(source: string, what: string, output: unknown): void {
  entries.push(JSON.stringify({ source, what, output }, replacer));
}

function runStory(source: string, story: StoryText): void {
  stories++;
  emit(source, 'analyzeStory', analyzer.analyzeStory(story));
  emit(source, 'storySignals', storySignals(story));
  emit(source, 'followUps', followUps(story));
  for (const section of SECTIONS) {
    const text = story[section];
    if (text) emit(source, `analyzeText:${section}`, analyzer.analyzeText(text, { section }));
  }
}

function runText(source: string, text: string, section: unknown): void {
  texts++;
  emit(source, 'analyzeText', analyzer.analyzeText(text));
  if (isSection(section)) emit(source, `analyzeText:${section}`, analyzer.analyzeText(text, { section }));
}

/** Walks a parsed fixture: a STAR story object, a labeled sentence row, or a whole story's raw text. */
function visit(source: string, value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => visit(`${source}[${i}]`, v));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o.action === 'string' || typeof o.situation === 'string' || typeof o.result === 'string') {
    const story: StoryText = {
      situation: String(o.situation ?? ''),
      task: String(o.task ?? ''),
      action: String(o.action ?? ''),
      result: String(o.result ?? ''),
      reflection: String(o.reflection ?? ''),
    };
    if (typeof o.title === 'string') story.title = o.title;
    runStory(source, story);
    return;
  }
  if (typeof o.text === 'string') {
    if ('is_claim' in o) runText(source, o.text, o.section);
    else {
      runText(source, o.text, undefined);
      runStory(source, storyTextOf(o.text));
    }
    return;
  }
  for (const [k, v] of Object.entries(o)) if (k !== 'labels' && k !== 'relabels') visit(`${source}.${k}`, v);
}

function readParsed(path: string): unknown {
  const raw = readFileSync(path, 'utf8');
  if (path.endsWith('.jsonl'))
    return raw
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as unknown);
  return JSON.parse(raw) as unknown;
}

function runFiles(dir: string, label: string, keep: (name: string) => boolean): void {
  if (!existsSync(dir)) throw new Error(`${dir} is missing.`);
  for (const name of readdirSync(dir).sort()) {
    if (!keep(name)) continue;
    // A fresh analyzer per file: the cache serves repeats within a file, as in the app.
    analyzer = createAnalyzer();
    visit(`${label}/${name}`, readParsed(join(dir, name)));
  }
}

const jsonFile = (name: string) => name.endsWith('.json') || name.endsWith('.jsonl');

runFiles(corpusDir, 'corpus', (n) => n.endsWith('.jsonl'));
runFiles(join(fixtures, 'claims'), 'claims', (n) => n.endsWith('.jsonl') && !sealed('claims', n));
runFiles(join(fixtures, 'signals'), 'signals', (n) => jsonFile(n) && !sealed('signals', n));
runFiles(join(fixtures, 'follow-ups'), 'follow-ups', (n) => n.startsWith('written-stories') && jsonFile(n));
runFiles(join(fixtures, 'marks'), 'marks', (n) => n === 'own-stories.jsonl');
runFiles(join(fixtures, 'banks'), 'banks', jsonFile);

analyzer = createAnalyzer();
for (let i = 0; i < 40; i++) runStory(`bench/sample-400/${i}`, sampleStory(i, 400));
for (let i = 0; i < 40; i++) runStory(`bench/sample-250/${i}`, sampleStory(1_000 + i, 250));

let postings = 0;
const frameworks = ['senior-ml-engineer', 'generic-senior-staff'].map((id) => {
  const f = presetFramework(id);
  if (!f) throw new Error(`No preset ${id}.`);
  return f;
});
function runJobs(dir: string, label: string): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name.startsWith('fresh-jobs-') && !sealed('jobs', name)) runJobs(path, `${label}/${name}`);
      continue;
    }
    if (!name.endsWith('.txt')) continue;
    postings++;
    const text = readFileSync(path, 'utf8');
    for (const f of frameworks) emit(`${label}/${name}`, `extractJobFocus:${f.id}`, extractJobFocus(text, f));
  }
}
runJobs(join(fixtures, 'job-descriptions'), 'jobs');

const body = `[\n${entries.join(',\n')}\n]\n`;
writeFileSync(out, body);
const sha = createHash('sha256').update(body).digest('hex');
console.log(
  `snapshot ${out}: ${entries.length} outputs (${texts} texts, ${stories} stories, ${postings} postings), ` +
    `${(body.length / 1e6).toFixed(1)} MB, sha256 ${sha}`,
);
