// In-story claim marks on stories whose headings are written in the writer's own words or behind emoji
// (tests/fixtures/claims/instory-own*.jsonl: our own writing, session 35, no public text). A Result under
// an unread heading joined the Action before it and lost its marks; a Task joined the Action and got
// them. Nurses, farmers, teachers, lawyers, drivers, some writing in a second language; near misses
// (marked NEAR MISS in the stories' notes) hold title lines, emoji-led sentences and inline "Before: /
// After:" values that must not cut a story. The rule was written from the tuning file; the aside file
// was measured once, at the end, and its floors are what it measured then.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLabeledRows, type LabeledRow } from '#shared/analysis/evaluate';
import { parseLabeledStories, scoreInStory, type LabeledStory } from '#shared/analysis/evaluate-stories';
import { CLAIM_MARK_RULES } from '#shared/analysis/claim-tally';
import { headedParts } from '#shared/analysis/story-segments';
import { createAnalyzer } from '#shared/analysis/index';

const dir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/claims');
const read = (name: string) => ({
  rows: parseLabeledRows(readFileSync(resolve(dir, `${name}.jsonl`), 'utf8')),
  stories: parseLabeledStories(readFileSync(resolve(dir, `${name}-stories.jsonl`), 'utf8')),
});
const halves = { tuning: read('instory-own'), aside: read('instory-own-aside') };
const analyzer = createAnalyzer();

/** The rows of headed stories whose in-story mark differs from their mark analyzed alone in their section. */
function disagreements(rows: LabeledRow[], stories: LabeledStory[]): string[] {
  const inStory = scoreInStory(stories, rows, analyzer.analyzeText);
  const markedInStory = new Set(
    rows
      .filter((r) => !inStory.falseNegatives.includes(r.id))
      .filter((r) => inStory.falsePositives.includes(r.id) || expectedMark(r))
      .map((r) => r.id),
  );
  return rows
    .filter((r) => r.section)
    .filter((r) => {
      const alone = analyzer
        .analyzeText(r.text, { section: r.section! })
        .findings.some((f) => CLAIM_MARK_RULES.has(f.rule));
      return alone !== markedInStory.has(r.id);
    })
    .map((r) => r.id);
}

const expectedMark = (r: LabeledRow) =>
  r.is_claim && !r.has_metric && (r.has_outcome || (r.section === 'result' && !r.has_scale));

const FLOORS = { tuning: { f1: 0.84, fp: 1 }, aside: { f1: 0.96, fp: 0 } };

describe('in-story claim marks under headings in the writer’s own words', () => {
  for (const half of ['tuning', 'aside'] as const) {
    const { rows, stories } = halves[half];

    it(`${half}: holds whole stories with every row found in its story`, () => {
      expect(stories.length).toBeGreaterThanOrEqual(8);
      const score = scoreInStory(stories, rows, analyzer.analyzeText);
      expect(score.unmatched).toEqual([]);
      expect(score.rows).toBe(rows.length);
    });

    it(`${half}: marks a headed story's row in the story as it marks the row alone in its section`, () => {
      expect(disagreements(rows, stories)).toEqual([]);
    });

    it(`${half}: never cuts a near-miss story without headings at a title-like line`, () => {
      const near = stories.filter((s) => s.note?.includes('NEAR MISS') && s.note.includes('headerless'));
      expect(near.length).toBeGreaterThan(0);
      for (const s of near) expect(headedParts(s.text), s.story_id).toBeUndefined();
    });

    it(`${half}: in-story F1 at or above ${FLOORS[half].f1}`, () => {
      const score = scoreInStory(stories, rows, analyzer.analyzeText);
      expect(score.f1).toBeGreaterThanOrEqual(FLOORS[half].f1);
      expect(score.fp).toBeLessThanOrEqual(FLOORS[half].fp);
    });
  }
});
