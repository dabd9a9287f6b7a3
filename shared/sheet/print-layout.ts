// The part of a sheet plan that a page is drawn from, as plain data that can cross the API: the print view (web) and
// the desktop PDF draw the same boxes, lines and sizes as the .docx writer, so what fits in one fits in the others.
import type { PaperSize, LineStyle } from './page-geometry';
import type { SheetPlan, SheetStory } from './sheet-types';

export interface SheetLayout {
  paper: PaperSize;
  widthPt: number;
  heightPt: number;
  marginPt: number;
  contentWidthPt: number;
  indentPt: number;
  tier: {
    name: string;
    columns: number;
    title: LineStyle;
    body: LineStyle;
    meta: LineStyle;
    padTopPt: number;
    padBottomPt: number;
    padSidePt: number;
  };
  header: { name: string; subline: string; nameStyle: LineStyle; sublineStyle: LineStyle };
  loopMap: { entries: { round: string; stories: string }[]; style: LineStyle } | null;
  stories: SheetStory[];
}

/** What the print view needs of a plan (the report goes separately; the tier's planning limits stay behind). */
export function sheetLayout(plan: SheetPlan): SheetLayout {
  const { geometry, header, loopMap, stories } = plan;
  const { tier } = geometry;
  return {
    paper: geometry.paper,
    widthPt: geometry.widthPt,
    heightPt: geometry.heightPt,
    marginPt: geometry.marginPt,
    contentWidthPt: geometry.contentWidthPt,
    indentPt: geometry.indentPt,
    tier: {
      name: tier.name,
      columns: tier.columns,
      title: tier.title,
      body: tier.body,
      meta: tier.meta,
      padTopPt: tier.padTopPt,
      padBottomPt: tier.padBottomPt,
      padSidePt: tier.padSidePt,
    },
    header,
    loopMap: loopMap ? { entries: loopMap.entries, style: loopMap.style } : null,
    stories,
  };
}
