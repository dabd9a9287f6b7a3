// Precision of the style and coaching marks, judged by a coach: every mark the analyzer shows on a
// story (a field's marks, and story-level findings anchored in a section) is looked up in a file of
// judgements keyed by story, section, rule and offsets, which says whether a coach would agree.
// A mark with no judgement is reported as unjudged, never counted as right or wrong.
// Recall is read from a second file: on a fixed sample of stories, the sentences that deserve each
// rule's mark by its written definition, whether or not the analyzer gives it.
import { z } from 'zod';
import type { StorySection } from './domain-types';
import type { StoryReport } from './types';
import { STORY_SECTIONS } from '../domain/sections';

/** The marks this evaluation is about (the claim-family marks have eval:claims). */
export const STYLE_AND_COACHING_RULES = [
  'passive-voice',
  'weasel-word',
  'hedge',
  'weak-ownership',
  'we-without-i',
  'before-without-after',
  'relative-without-base',
  'implausible-figure',
  'result-without-measure',
] as const;
const RULES: ReadonlySet<string> = new Set(STYLE_AND_COACHING_RULES);

export interface ShownMark {
  story_id: string;
  section: StorySection;
  rule: string;
  start: number;
  end: number;
}

export const MarkJudgement = z.object({
  story_id: z.string(),
  section: z.enum(STORY_SECTIONS),
  rule: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Would a coach agree with this mark, here? */
  agree: z.boolean(),
  /** Why, in the judge's words (never the story's text). */
  note: z.string().optional(),
});
export type MarkJudgement = z.infer<typeof MarkJudgement>;

export const markKey = (m: Pick<ShownMark, 'story_id' | 'section' | 'rule' | 'start' | 'end'>) =>
  `${m.story_id}|${m.section}|${m.rule}|${m.start}|${m.end}`;

const SECTIONS: readonly StorySection[] = STORY_SECTIONS;

/** The style and coaching marks a story report shows, in reading order. */
export function shownMarks(storyId: string, report: StoryReport): ShownMark[] {
  const marks: ShownMark[] = [];
  for (const section of SECTIONS)
    for (const f of report.fields[section].findings)
      if (RULES.has(f.rule)) marks.push({ story_id: storyId, section, rule: f.rule, start: f.start, end: f.end });
  for (const f of report.findings)
    if (RULES.has(f.rule) && f.section)
      marks.push({ story_id: storyId, section: f.section, rule: f.rule, start: f.start, end: f.end });
  return marks;
}

export interface RulePrecision {
  rule: string;
  marks: number;
  judged: number;
  agreed: number;
  /** agreed / judged; NaN when nothing was judged. */
  precision: number;
}

export interface MarkScore {
  rules: RulePrecision[];
  /** All rules together. */
  total: RulePrecision;
  unjudged: ShownMark[];
}

/** Per-rule precision of `marks` against `judgements`. */
export function scoreMarks(marks: readonly ShownMark[], judgements: readonly MarkJudgement[]): MarkScore {
  const byKey = new Map(judgements.map((j) => [markKey(j), j]));
  const tally = new Map<string, RulePrecision>();
  const total: RulePrecision = { rule: 'all', marks: 0, judged: 0, agreed: 0, precision: NaN };
  const unjudged: ShownMark[] = [];
  for (const m of marks) {
    const row = tally.get(m.rule) ?? { rule: m.rule, marks: 0, judged: 0, agreed: 0, precision: NaN };
    tally.set(m.rule, row);
    row.marks++;
    total.marks++;
    const j = byKey.get(markKey(m));
    if (!j) {
      unjudged.push(m);
      continue;
    }
    row.judged++;
    total.judged++;
    if (j.agree) {
      row.agreed++;
      total.agreed++;
    }
  }
  const finish = (r: RulePrecision) => ({ ...r, precision: r.judged === 0 ? NaN : r.agreed / r.judged });
  const rules = STYLE_AND_COACHING_RULES.filter((r) => tally.has(r)).map((r) => finish(tally.get(r)!));
  return { rules, total: finish(total), unjudged };
}

/** A sentence that deserves a rule's mark (section-relative offsets of the whole sentence). */
export const DeservedMark = z.object({
  section: z.enum(STORY_SECTIONS),
  rule: z.enum(STYLE_AND_COACHING_RULES),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Why, in the judge's words. */
  note: z.string(),
});
export type DeservedMark = z.infer<typeof DeservedMark>;

/** The recall sample: every story read, each with the marks it deserves (often none). */
export const DeservedSample = z.object({
  about: z.string(),
  /** The sets the sample takes every story from. */
  sample: z.array(z.string()),
  stories: z.array(z.object({ story_id: z.string(), deserved: z.array(DeservedMark) })),
});
export type DeservedSample = z.infer<typeof DeservedSample>;

export interface RuleRecall {
  rule: string;
  deserved: number;
  /** Deserved sentences that show this rule's mark. */
  found: number;
  /** Missed sentences that show another mark instead (one mark per sentence). */
  shadowed: number;
  /** found / deserved; NaN when nothing is deserved. */
  recall: number;
}

/**
 * Per-rule recall on a sample. A deserved sentence is found when a mark of its rule starts and ends
 * inside it; a Result's result-without-measure is found by that mark anywhere in the story's Result.
 * `anyMarks` are all the marks shown on the sample's fields (any rule), to tell a shadowed miss.
 */
export function scoreRecall(
  stories: DeservedSample['stories'],
  marks: readonly ShownMark[],
  anyMarks: readonly ShownMark[] = [],
): { rules: RuleRecall[]; total: RuleRecall } {
  const inside = (m: ShownMark, story: string, d: DeservedMark) =>
    m.story_id === story && m.section === d.section && m.start >= d.start && m.end <= d.end;
  const tally = new Map<string, RuleRecall>();
  const total: RuleRecall = { rule: 'all', deserved: 0, found: 0, shadowed: 0, recall: NaN };
  for (const story of stories)
    for (const d of story.deserved) {
      const row = tally.get(d.rule) ?? { rule: d.rule, deserved: 0, found: 0, shadowed: 0, recall: NaN };
      tally.set(d.rule, row);
      row.deserved++;
      total.deserved++;
      const found = marks.some(
        (m) =>
          m.rule === d.rule &&
          (d.rule === 'result-without-measure'
            ? m.story_id === story.story_id && m.section === 'result'
            : inside(m, story.story_id, d)),
      );
      if (found) {
        row.found++;
        total.found++;
      } else if (anyMarks.some((m) => inside(m, story.story_id, d))) {
        row.shadowed++;
        total.shadowed++;
      }
    }
  const finish = (r: RuleRecall) => ({ ...r, recall: r.deserved === 0 ? NaN : r.found / r.deserved });
  const rules = STYLE_AND_COACHING_RULES.filter((r) => tally.has(r)).map((r) => finish(tally.get(r)!));
  return { rules, total: finish(total) };
}

/** Every mark a story report shows on its fields, of any rule (claim marks included). */
export function allFieldMarks(storyId: string, report: StoryReport): ShownMark[] {
  return SECTIONS.flatMap((section) =>
    report.fields[section].findings.map((f) => ({
      story_id: storyId,
      section,
      rule: f.rule,
      start: f.start,
      end: f.end,
    })),
  );
}
