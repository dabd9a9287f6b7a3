// Measuring how a pasted story's headings are read (story-segments.ts), on whole stories whose every
// line carries the section it belongs to: the heading forms people write ("**S** —", "Task - …",
// "What was the result?", "1. Situation", "Lessons learned:") and the near misses that must stay
// plain text ("Result was that …", "- Impact on support: …", "Approaching the deadline, …").
// Fixture: tests/fixtures/segments/heading-forms.jsonl, written for this purpose, half set aside.
import { z } from 'zod';
import { STORY_SECTIONS } from '../domain/sections';
import { headedParts, storySections } from './story-segments';

export const HeadingFormLine = z.object({
  /** The heading part of the line ("**Result:** "), or '' for a line of plain text. */
  heading: z.string(),
  /** The text after the heading; '' on a line that is only a heading. */
  text: z.string(),
  /** The section the text belongs to; absent on a heading-only line. */
  section: z.enum(STORY_SECTIONS).optional(),
  /** A line that looks like a heading but is text: it must stay whole and in its section. */
  near: z.boolean().optional(),
  /** Continues the line before it ("Situation: … . Task: …" pasted as one paragraph). */
  sameLine: z.boolean().optional(),
});
export const HeadingFormStory = z.object({
  story_id: z.string(),
  half: z.enum(['tuning', 'aside']),
  /** 'unheaded': a story with no heading at all, only near misses; none of its lines may open a section. */
  kind: z.enum(['headed', 'unheaded']),
  lines: z.array(HeadingFormLine).min(1),
});
export type HeadingFormStory = z.infer<typeof HeadingFormStory>;

/** Parses the fixture's JSON lines; a bad line throws with its number. */
export function parseHeadingForms(jsonl: string): HeadingFormStory[] {
  return jsonl
    .split('\n')
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim() !== '')
    .map(([line, n]) => {
      const parsed = HeadingFormStory.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`line ${n}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/** The story as a user would paste it. */
export const headingFormText = (story: HeadingFormStory) =>
  story.lines.map((l, i) => (i === 0 ? '' : l.sameLine ? ' ' : '\n') + l.heading + l.text).join('');

export interface HeadingScore {
  stories: number;
  /** Lines of headed stories, each right when its text lands whole in its section. */
  lines: number;
  linesRight: number;
  /** Headings: right when the text they open lands in their section. */
  headings: number;
  headingsRight: number;
  /** Near misses: right when the line stays whole (and, in a headed story, in its section). */
  near: number;
  nearRight: number;
  wrong: { story_id: string; line: string; expected: string; got: string }[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** How many lines of the stories land whole in their own section. */
export function scoreHeadingForms(stories: readonly HeadingFormStory[]): HeadingScore {
  const score: HeadingScore = {
    stories: 0,
    lines: 0,
    linesRight: 0,
    headings: 0,
    headingsRight: 0,
    near: 0,
    nearRight: 0,
    wrong: [],
  };
  for (const story of stories) {
    score.stories++;
    const text = headingFormText(story);
    const parts = (
      story.kind === 'headed' ? storySections(text) : (headedParts(text) ?? [{ section: 'action', text }])
    ).map((p) => ({ section: p.section, text: squash(p.text) }));
    const where = (line: string) => parts.find((p) => p.text.includes(squash(line)))?.section;
    // The text a heading opens: its own line's, or the next line's when it stands alone.
    let opened = false;
    for (const line of story.lines) {
      if (line.text === '') {
        opened = true;
        continue;
      }
      const got = where(line.text);
      const right = story.kind === 'unheaded' ? got !== undefined : got === line.section;
      if (story.kind === 'headed') {
        score.lines++;
        if (right) score.linesRight++;
      }
      if (line.heading !== '' || opened) {
        score.headings++;
        if (right) score.headingsRight++;
      }
      if (line.near) {
        score.near++;
        if (right) score.nearRight++;
      }
      if (!right)
        score.wrong.push({
          story_id: story.story_id,
          line: line.heading + line.text,
          expected: line.section ?? 'one piece',
          got: got ?? 'split',
        });
      opened = false;
    }
  }
  return score;
}
