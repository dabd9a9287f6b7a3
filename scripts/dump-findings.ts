// `npx tsx scripts/dump-findings.ts [corpus dir] > out.txt`
// A behaviour snapshot of the claim analyzer for refactors that must change nothing: every labeled
// row of tests/fixtures/claims/*.jsonl and of the corpus (STORYBANK_CORPUS_DIR, else ../shared/corpus)
// analyzed with its section (findings, sentence facts, outcome cues), and every whole story analyzed section by section (findings, sentence
// facts, signals and follow-ups). Dump before and after a change and compare with `cmp`: any byte that
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
import { findOutcomeCues } from '#shared/analysis/rules/outcomes';
import { tokenize } from '#shared/analysis/rules/tokenize';
import { followUps, storySignals, type StoryText } from '#shared/analysis/signals/index';

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
process.stdout.write(`${out.join('\n')}\n`);
