// `npx tsx scripts/dump-findings.ts [corpus dir] > out.txt`
// A behaviour snapshot of the claim analyzer for refactors that must change nothing: every labeled
// row of tests/fixtures/claims/*.jsonl and of the corpus (STORYBANK_CORPUS_DIR, else ../shared/corpus)
// analyzed with its section (findings, sentence facts, outcome cues), and every whole story analyzed section by section (findings, sentence
// facts, signals and follow-ups). Then every story of tests/fixtures/signals, tests/fixtures/follow-ups and
// tests/fixtures/marks, and 200 of the benchmark's synthetic stories, through analyzeStory, storySignals
// and followUps. Dump before and after a change and compare with `cmp`: any byte that
// differs is a behaviour change. Fresh held-aside sets (fresh-*) are left out: nobody may read what
// the analyzer says about them.
//
// Findings and signals quote the text they mark, and corpus sentences must stay out of the repo:
// write the dump outside it (/tmp).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '#shared/analysis/index';
import { parseLabeledRows } from '#shared/analysis/evaluate';
import { parseLabeledStories, storyParts } from '#shared/analysis/evaluate-stories';
import { findOutcomeCues } from '#shared/analysis/rules/outcomes/outcomes';
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import { followUps, storySignals, type StoryText } from '#shared/analysis/signals/index';
import { storyTextOf } from '#shared/analysis/signals/evaluate-signals';
import { sampleStory } from '../bench/story-samples';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = process.argv[2] ?? process.env.STORYBANK_CORPUS_DIR ?? resolve(repoRoot, '../shared/corpus');
const dirs = [resolve(repoRoot, 'tests/fixtures/claims'), corpusDir].filter((d) => existsSync(d));
const analyzer = createAnalyzer();
const out: string[] = [];

for (const dir of dirs)
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.jsonl') || name.startsWith('fresh-')) continue;
    const text = readFileSync(join(dir, name), 'utf8');
    if (name === 'stories.jsonl' || name.endsWith('-stories.jsonl')) {
      for (const story of parseLabeledStories(text)) {
        const parts = storyParts(story.text);
        const star: StoryText = { situation: '', task: '', action: '', result: '', reflection: '' };
        for (const p of parts) star[p.section] = star[p.section] ? `${star[p.section]}\n${p.text}` : p.text;
        out.push(`${name} ${story.story_id}`);
        for (const p of parts)
          out.push(
            JSON.stringify({ section: p.section, analysis: analyzer.analyzeText(p.text, { section: p.section }) }),
          );
        out.push(JSON.stringify({ signals: storySignals(star), followUps: followUps(star) }));
      }
      continue;
    }
    for (const row of parseLabeledRows(text)) {
      const options = row.section ? { section: row.section } : undefined;
      const analysis = analyzer.analyzeText(row.text, options);
      // The outcome cues themselves, sentence by sentence: stricter than the flags they decide.
      const cues = analysis.sentences.map((s) => findOutcomeCues(tokenize(row.text.slice(s.start, s.end))));
      out.push(`${name} ${row.id} ${JSON.stringify({ analysis, cues })}`);
    }
  }
// Whole stories as the editor holds them (STAR fields, or raw text split as pasted notes are).
const STAR = ['situation', 'task', 'action', 'result', 'reflection'] as const;
function starOf(value: unknown): StoryText | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.text === 'string') return storyTextOf(v.text);
  if (!STAR.every((k) => typeof v[k] === 'string')) return undefined;
  return {
    situation: v.situation,
    task: v.task,
    action: v.action,
    result: v.result,
    reflection: v.reflection,
  } as StoryText;
}
function dumpStory(label: string, star: StoryText): void {
  out.push(label);
  out.push(JSON.stringify({ report: analyzer.analyzeStory(star) }));
  out.push(JSON.stringify({ signals: storySignals(star), followUps: followUps(star) }));
}
for (const sub of ['signals', 'follow-ups', 'marks']) {
  const dir = resolve(repoRoot, 'tests/fixtures', sub);
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('fresh-') || !/\.jsonl?$/.test(name)) continue;
    const text = readFileSync(join(dir, name), 'utf8');
    const values: unknown[] = name.endsWith('.jsonl')
      ? text
          .split(/\r?\n/)
          .filter((l) => l.trim() !== '')
          .map((l) => JSON.parse(l) as unknown)
      : (((JSON.parse(text) as { stories?: unknown }).stories ?? []) as unknown[]);
    if (!Array.isArray(values)) continue;
    values.forEach((value, k) => {
      const star = starOf(value);
      const v = value as { id?: string; story_id?: string };
      if (star) dumpStory(`${sub}/${name} ${v.id ?? v.story_id ?? k}`, star);
    });
  }
}
for (let i = 0; i < 200; i++) dumpStory(`bench ${i}`, sampleStory(300_000 + i, 250));
process.stdout.write(`${out.join('\n')}\n`);
