// Precision of the style and coaching marks, judged by a coach: every mark the analyzer shows on a
// story (a field's marks, and story-level findings anchored in a section) is looked up in a file of
// judgements keyed by story, section, rule and offsets, which says whether a coach would agree.
// A mark with no judgement is reported as unjudged, never counted as right or wrong.
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
