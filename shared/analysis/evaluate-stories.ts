// In-story evaluation: whole stories analyzed section by section, the way a user writes them, and
// the claim-family marks (vague-claim, unquantified-outcome) compared with what the labeled rows of
// those stories say a coach would mark.
//
// How the expected marks are derived from a row's labels (issue 11): a sentence should carry a claim
// mark when it is a claim with no metric that states an outcome, or when it is a Result claim with
// no metric, scale or outcome. Plain actions, context and goals stay unmarked. "Result" is the row's
// labeled section, never the section the splitter guessed: in a headerless story (rows labeled with no
// section) a wrong guess must not turn a bare action into a mark that counts as correct.
//
// How a story is cut into sections: at its STAR headings, and by content where it has none
// (story-segments.ts). A labeled row is found in its
// section by its exact text; the analyzer's mark counts for the row when a claim-family finding
// overlaps the row's span.
import { z } from 'zod';
import type { StorySection } from './domain-types';
import type { AnalyzeOptions, TextAnalysis } from './types';
import { prf, type LabeledRow } from './evaluate';
import { CLAIM_MARK_RULES } from './claim-tally';
import { storySections, type StoryPart } from './story-segments';
import { readSectionHeading } from './section-headings';

export const LabeledStory = z.object({
  story_id: z.string(),
  source: z.string().optional(),
  question: z.string().optional(),
  text: z.string(),
  note: z.string().optional(),
});
export type LabeledStory = z.infer<typeof LabeledStory>;

/** A story's text cut at its STAR headings, or by content when it has none (story-segments.ts). */
export const storyParts = storySections;
export type { StoryPart };

/** The claim mark a row's labels call for, given its labeled section (null: none, as in a headerless story). */
export function expectsClaimMark(row: LabeledRow, section: StorySection | null | undefined): boolean {
  if (!row.is_claim || row.has_metric) return false;
  if (row.has_outcome) return true;
  return section === 'result' && !row.has_scale;
}

/** The per-section tally key of a row: its labeled section, or "unlabeled" (a headerless story). */
export type InStorySection = StorySection | 'unlabeled';

export interface InStoryResult {
  rows: number;
  /** Rows whose text was not found in their story (reported, not scored). */
  unmatched: string[];
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  falsePositives: string[];
  falseNegatives: string[];
  /** Marks per labeled section of the rows, for the per-section report. */
  bySection: Partial<Record<InStorySection, { tp: number; fp: number; fn: number }>>;
}

/** Scores claim marks on the labeled rows of whole stories, each story analyzed section by section. */
export function scoreInStory(
  stories: LabeledStory[],
  rows: LabeledRow[],
  analyzeText: (text: string, options?: AnalyzeOptions) => TextAnalysis,
): InStoryResult {
  const result: InStoryResult = {
    rows: 0,
    unmatched: [],
    tp: 0,
    fp: 0,
    fn: 0,
    precision: 0,
    recall: 0,
    f1: 0,
    falsePositives: [],
    falseNegatives: [],
    bySection: {},
  };
  const byStory = new Map<string, LabeledRow[]>();
  for (const r of rows) if (r.story_id) byStory.set(r.story_id, [...(byStory.get(r.story_id) ?? []), r]);
  for (const story of stories) {
    const labeled = byStory.get(story.story_id);
    if (!labeled) continue;
    const analyzed = storyParts(story.text).map((p) => ({
      ...p,
      analysis: analyzeText(p.text, { section: p.section }),
    }));
    for (const row of labeled) {
      // A row may keep the label the story opened its section with ("Result: 45 minutes → 4 minutes.").
      const label = readSectionHeading(row.text);
      const text = label && label.rest !== '' ? label.rest : row.text;
      const part = analyzed.find((p) => p.text.includes(text));
      if (!part || text.trim() === '') {
        result.unmatched.push(row.id);
        continue;
      }
      result.rows++;
      const start = part.text.indexOf(text);
      const end = start + text.length;
      const marked = part.analysis.findings.some((f) => CLAIM_MARK_RULES.has(f.rule) && f.start < end && f.end > start);
      // Expected marks come from the labels only; the analyzer still reads the part in its guessed section.
      const expected = expectsClaimMark(row, row.section);
      const tally = (result.bySection[row.section ?? 'unlabeled'] ??= { tp: 0, fp: 0, fn: 0 });
      if (marked && expected) {
        result.tp++;
        tally.tp++;
      } else if (marked) {
        result.fp++;
        tally.fp++;
        result.falsePositives.push(row.id);
      } else if (expected) {
        result.fn++;
        tally.fn++;
        result.falseNegatives.push(row.id);
      }
    }
  }
  Object.assign(result, prf(result.tp, result.fp, result.fn));
  return result;
}

/** Parses stories.jsonl; throws naming the first bad line. */
export function parseLabeledStories(jsonl: string): LabeledStory[] {
  const stories: LabeledStory[] = [];
  jsonl.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`Line ${i + 1} is not valid JSON.`);
    }
    const parsed = LabeledStory.safeParse(value);
    if (!parsed.success) throw new Error(`Line ${i + 1} is not a story: ${parsed.error.issues[0]?.message}`);
    stories.push(parsed.data);
  });
  return stories;
}
