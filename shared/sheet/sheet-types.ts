// What the planner takes and gives. The input is a zod schema so the export channel can validate it as-is;
// the plan and its report are plain data, so they can cross the API and be shown to the user before saving.
import { z } from 'zod';
import { IsoDate, Loop, Profile, Story } from '../domain/schemas';
import { PaperSize, type LineStyle, type Tier } from './page-geometry';
import type { SectionName } from '../domain/sections';

export const SheetInput = z.object({
  /** The stories the user chose, in the order they chose (a loop reorders them by round). */
  stories: z.array(Story),
  loop: Loop.optional(),
  profile: Profile,
  /** Printed in the header; defaults to the loop's company. */
  company: z.string().max(200).optional(),
  /** The interview date (YYYY-MM-DD); defaults to the loop's date. */
  date: IsoDate.optional(),
  paper: PaperSize,
  /** Competency id → name, from whichever framework is active. Unknown ids print as the id. */
  competencyNames: z.record(z.string(), z.string()),
});
export type SheetInput = z.infer<typeof SheetInput>;

export type SheetField = 'title' | 'tags' | 'numbers' | 'situation' | 'task' | 'action' | 'result' | 'reflection';
/** The sections a sheet cue is drawn from: every STAR section. */
export type CueField = SectionName;

export interface SheetCue {
  field: CueField;
  /** S, T, A, R or L (learning). */
  label: string;
  text: string;
  lines: number;
}

export interface SheetStory {
  id: string;
  /** 1-based number on the sheet; the loop map refers to it. */
  number: number;
  title: string;
  titleLines: number;
  tags: string[];
  /** Key numbers, most telling first, exactly as printed. */
  numbers: string[];
  numberLines: number;
  cues: SheetCue[];
}

export type FieldStatus = 'full' | 'shortened' | 'omitted' | 'empty';

export interface FieldReport {
  field: SheetField;
  /**
   * full: everything in the field is on the sheet; shortened: cut at a word boundary (or, for tags and numbers, some
   * left out); omitted: not on the sheet at all; empty: nothing to show.
   */
  status: FieldStatus;
  /** Characters of the field on the sheet, and in the story (for text fields). */
  shownChars: number;
  totalChars: number;
  /** For tags and numbers: the values that did not make it. */
  omittedValues?: string[];
  /**
   * For a shortened cue, how it was made to fit: filler words dropped, the clauses that carry the most chosen (with
   * "…" where the others were), or, for one clause too long for its lines, a cut between words.
   */
  shortening?: 'filler' | 'clauses' | 'words';
}

export interface StoryReport {
  id: string;
  title: string;
  /** False when the story did not fit on the page at all. */
  onSheet: boolean;
  fields: FieldReport[];
  /**
   * Sections longer than the sheet reads (SECTION_SCAN_CHARS): their cues and key numbers come from the first part
   * only, so a number written only after that is not on the sheet and not in omittedValues either.
   */
  longSections?: CueField[];
}

export type SheetMode = 'full' | 'compact' | 'titles-and-numbers';

export interface SheetReport {
  /** full: every story has all its cues; compact: some cues dropped; titles-and-numbers: no cues at all. */
  mode: SheetMode;
  stories: StoryReport[];
  /** Stories chosen but left off the page because even their titles did not fit. */
  omittedStories: { id: string; title: string }[];
  loopMap: 'none' | 'full' | 'shortened';
  /** Plain sentences for the export screen, e.g. "Reflection left out for 12 of 30 stories." */
  summary: string[];
}

export interface SheetGeometry {
  paper: PaperSize;
  widthPt: number;
  heightPt: number;
  marginPt: number;
  contentWidthPt: number;
  tier: Tier;
  /** Height budget of one table row (card), in points. */
  rowBudgetPt: number;
  /** Hanging indent of a card's paragraphs: room for the story number and the S/T/A/R labels. */
  indentPt: number;
}

export interface SheetPlan {
  geometry: SheetGeometry;
  header: { name: string; subline: string; nameStyle: LineStyle; sublineStyle: LineStyle };
  /** The round → story map of a loop: round names with the numbers of their stories, set inline. */
  loopMap: { entries: { round: string; stories: string }[]; lines: number; style: LineStyle } | null;
  stories: SheetStory[];
  report: SheetReport;
}
