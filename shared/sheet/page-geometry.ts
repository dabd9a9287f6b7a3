// The fixed geometry of the one-page sheet, in points. The planner budgets lines against these numbers and the docx
// writer emits exactly them (exact line heights, fixed table layout), so what is planned is what prints.
import { z } from 'zod';
import type { SectionName } from '../domain/sections';

export const PaperSize = z.enum(['a4', 'letter']);
export type PaperSize = z.infer<typeof PaperSize>;

export const PAPER: Record<PaperSize, { widthPt: number; heightPt: number }> = {
  a4: { widthPt: 595.3, heightPt: 841.9 }, // 210 × 297 mm
  letter: { widthPt: 612, heightPt: 792 }, // 8.5 × 11 in
};

/**
 * The smallest body text the sheet uses (the densest tier). Below it a printed sheet is hard to read the night before,
 * so a bank that does not fit at this size loses stories from the end, and the report names them.
 */
export const MIN_BODY_PT = 7;

/** Half an inch all round: inside every office printer's printable area. */
export const MARGIN_PT = 36;

export interface LineStyle {
  sizePt: number;
  /** Exact line height: fallback fonts (CJK, emoji) then cannot make a line taller than planned. */
  linePt: number;
  bold?: boolean;
}

export interface Tier {
  name: string;
  /** Used for banks of up to this many stories (the planner may move on to a denser tier if the page is full). */
  upTo: number;
  columns: number;
  title: LineStyle;
  body: LineStyle;
  meta: LineStyle;
  maxTitleLines: number;
  /** Lines a cue may take, per section: Action and Result get the most, since they are what gets said. */
  maxCueLines: Record<SectionName, number>;
  maxNumberLines: number;
  padTopPt: number;
  padBottomPt: number;
  padSidePt: number;
  /** Hanging indent that holds the S/T/A/R labels. */
  labelIndentPt: number;
}

export const TIERS: readonly Tier[] = [
  {
    name: 'roomy',
    upTo: 2,
    columns: 1,
    title: { sizePt: 14, linePt: 18, bold: true },
    body: { sizePt: 10.5, linePt: 14 },
    meta: { sizePt: 9.5, linePt: 13 },
    maxTitleLines: 2,
    maxCueLines: { situation: 3, task: 2, action: 8, result: 6, reflection: 2 },
    maxNumberLines: 3,
    padTopPt: 8,
    padBottomPt: 10,
    padSidePt: 4,
    labelIndentPt: 16,
  },
  {
    name: 'comfortable',
    upTo: 6,
    columns: 1,
    title: { sizePt: 11.5, linePt: 14.5, bold: true },
    body: { sizePt: 9.5, linePt: 12.5 },
    meta: { sizePt: 8.5, linePt: 11.5 },
    maxTitleLines: 2,
    maxCueLines: { situation: 2, task: 2, action: 6, result: 4, reflection: 2 },
    maxNumberLines: 2,
    padTopPt: 6,
    padBottomPt: 7,
    padSidePt: 4,
    labelIndentPt: 14,
  },
  {
    name: 'two-column',
    upTo: 20,
    columns: 2,
    title: { sizePt: 10, linePt: 12.5, bold: true },
    body: { sizePt: 8.5, linePt: 11 },
    meta: { sizePt: 8, linePt: 10.5 },
    maxTitleLines: 2,
    maxCueLines: { situation: 2, task: 2, action: 4, result: 3, reflection: 1 },
    maxNumberLines: 2,
    padTopPt: 5,
    padBottomPt: 5,
    padSidePt: 6,
    labelIndentPt: 11,
  },
  {
    name: 'two-column-compact',
    upTo: 30,
    columns: 2,
    title: { sizePt: 9.5, linePt: 11.5, bold: true },
    body: { sizePt: 8, linePt: 10 },
    meta: { sizePt: 7.5, linePt: 9.75 },
    maxTitleLines: 2,
    maxCueLines: { situation: 1, task: 1, action: 3, result: 3, reflection: 1 },
    maxNumberLines: 2,
    padTopPt: 4,
    padBottomPt: 4,
    padSidePt: 5,
    labelIndentPt: 10,
  },
  {
    name: 'dense',
    upTo: 36,
    columns: 2,
    title: { sizePt: 8.5, linePt: 10.5, bold: true },
    body: { sizePt: 7.5, linePt: 9.25 },
    meta: { sizePt: 7.5, linePt: 9.25 },
    maxTitleLines: 2,
    maxCueLines: { situation: 1, task: 1, action: 2, result: 2, reflection: 1 },
    maxNumberLines: 1,
    padTopPt: 3,
    padBottomPt: 3.5,
    padSidePt: 5,
    labelIndentPt: 10,
  },
  {
    name: 'index',
    upTo: Infinity,
    columns: 3,
    title: { sizePt: 7.5, linePt: 9, bold: true },
    body: { sizePt: 7, linePt: 8.5 },
    meta: { sizePt: 7, linePt: 8.5 },
    maxTitleLines: 1,
    maxCueLines: { situation: 1, task: 1, action: 1, result: 1, reflection: 1 },
    maxNumberLines: 1,
    padTopPt: 2,
    padBottomPt: 2.5,
    padSidePt: 4,
    labelIndentPt: 9,
  },
];

/** Header: the person's name, then role · company · date over a thin rule. */
export const HEADER = {
  name: { sizePt: 18, linePt: 22, bold: true } satisfies LineStyle,
  subline: { sizePt: 9.5, linePt: 13 } satisfies LineStyle,
  /** Space between the rule under the subline and the text above it. */
  ruleGapPt: 3,
  ruleWidthPt: 0.75,
  afterPt: 6,
  /** The round → story map of a loop: at most this many lines. */
  loopMap: { sizePt: 8, linePt: 10.5 } satisfies LineStyle,
  loopMapMaxLines: 3,
  loopMapAfterPt: 4,
} as const;

/** A hairline between table rows. */
export const ROW_RULE_PT = 0.5;

/**
 * Kept free at the bottom of the page: the empty paragraph Word requires after a table (set to 1 pt), plus slack for
 * rounding to twips and for readers that add a point here and there.
 */
export const BOTTOM_RESERVE_PT = 14;
export const TAIL_PARAGRAPH_PT = 1;

export interface PageBox {
  widthPt: number;
  heightPt: number;
  contentWidthPt: number;
  contentHeightPt: number;
}

export function pageBox(paper: PaperSize): PageBox {
  const { widthPt, heightPt } = PAPER[paper];
  return { widthPt, heightPt, contentWidthPt: widthPt - 2 * MARGIN_PT, contentHeightPt: heightPt - 2 * MARGIN_PT };
}

export function headerHeightPt(): number {
  return HEADER.name.linePt + HEADER.subline.linePt + HEADER.ruleGapPt + HEADER.ruleWidthPt + HEADER.afterPt;
}

export function loopMapHeightPt(lines: number): number {
  return lines === 0 ? 0 : lines * HEADER.loopMap.linePt + HEADER.loopMapAfterPt;
}

/** Width of one card's text: the column minus the cell's side padding. */
export function cardTextWidthPt(box: PageBox, tier: Tier): number {
  return box.contentWidthPt / tier.columns - 2 * tier.padSidePt;
}

/** Height one card (table cell) adds around its text: padding plus the rule under the row. */
export function cardChromePt(tier: Tier): number {
  return tier.padTopPt + tier.padBottomPt + ROW_RULE_PT;
}
