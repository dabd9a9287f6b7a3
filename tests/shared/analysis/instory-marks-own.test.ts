// In-story claim marks on whole stories of our own (tests/fixtures/claims/instory-marks-own*.jsonl: our own writing,
// session 39 task "marks", no public text): a ward sister, a shop developer, a dairy farmer, a haulage manager, a
// primary teacher and a legal-aid caseworker, some in a second language. Each Action holds the act's own frames an
// outcome must not be read in (a content clause, a setting clause, a function so-clause: rules/act-frame-cues.ts);
// each Result holds results told as a state, another party's act, a trouble stopped, and a bare act (a vague claim).
// The tuning file was used while writing the rule; the aside file was written at the same time and measured once,
// at the end, and its floors are what it measured then.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLabeledRows } from '#shared/analysis/evaluate';
import { parseLabeledStories, scoreInStory } from '#shared/analysis/evaluate-stories';
import { createAnalyzer } from '#shared/analysis/index';

const dir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/claims');
const read = (name: string) => ({
  rows: parseLabeledRows(readFileSync(resolve(dir, `${name}.jsonl`), 'utf8')),
  stories: parseLabeledStories(readFileSync(resolve(dir, `${name}-stories.jsonl`), 'utf8')),
});
const halves = { tuning: read('instory-marks-own'), aside: read('instory-marks-own-aside') };
const analyzer = createAnalyzer();

/**
 * Tuning: mk39t-016 "Support did not get any more complaints about the checkout." is a count of none (metric) the
 * numbers do not read, so its outcome is marked as unmeasured.
 */
const FLOORS = {
  tuning: { precision: 0.88, recall: 1, actionFp: 0 },
  // Measured once at the end: 9/3/0 before the act frames (three Action marks), 9/0/0 after.
  aside: { precision: 1, recall: 1, actionFp: 0 },
};

describe('in-story claim marks on our own whole stories (session 39)', () => {
  for (const half of ['tuning', 'aside'] as const) {
    const { rows, stories } = halves[half];
    it(`${half}: three stories, every row found in its story`, () => {
      expect(stories.length).toBe(3);
      const score = scoreInStory(stories, rows, analyzer.analyzeText);
      expect(score.unmatched).toEqual([]);
      expect(score.rows).toBe(rows.length);
    });
    it(`${half}: precision and recall at their floors, no false mark on an Action`, () => {
      const score = scoreInStory(stories, rows, analyzer.analyzeText);
      expect(score.precision).toBeGreaterThanOrEqual(FLOORS[half].precision);
      expect(score.recall).toBeGreaterThanOrEqual(FLOORS[half].recall);
      expect(score.bySection.action?.fp ?? 0).toBeLessThanOrEqual(FLOORS[half].actionFp);
    });
  }
});
