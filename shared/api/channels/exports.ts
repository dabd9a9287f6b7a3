// Exports: the one-page story sheet (with a preview of what the planner cut), the story book, and the Markdown, CSV
// and JSON backup files. In the desktop app main saves through the native save dialog; through the web bridge, which
// has no dialog, the file comes back as base64 for the renderer to download.
import { z } from 'zod';
import { channel } from '../channel';
import { Id, IsoDate, STORY_SECTIONS } from '../../domain/schemas';
import { LIMITS } from '../../domain/limits';
import { PaperSize } from '../../sheet/page-geometry';
import type { SheetLayout } from '../../sheet/print-layout';
import type { SheetReport } from '../../sheet/sheet-types';

/** Which stories: every live story, the ones marked ready, a hand-picked list (in that order), or one loop (round order). */
export const ExportScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('ready') }),
  z.object({
    kind: z.literal('stories'),
    storyIds: z.array(Id).min(1, 'Pick at least one story.').max(LIMITS.stories),
  }),
  z.object({ kind: z.literal('loop'), loopId: Id }),
]);
export type ExportScope = z.infer<typeof ExportScope>;

const SheetRequest = z
  .object({
    scope: ExportScope,
    /** Defaults to the paper size in settings. */
    paper: PaperSize.optional(),
    /** Printed in the header; defaults to the loop's company. */
    company: z
      .string()
      .max(LIMITS.shortText, `The company is too long (at most ${LIMITS.shortText} characters).`)
      .optional(),
    /** The interview date; defaults to the loop's date. */
    date: IsoDate.optional(),
  })
  .strict();

const SheetCutField = z.enum(['title', 'tags', 'numbers', 'situation', 'task', 'action', 'result', 'reflection']);
const CueField = z.enum(STORY_SECTIONS);

/** The planner's report (shared/sheet SheetReport), as it crosses the API. */
export const SheetReportDto = z.object({
  mode: z.enum(['full', 'compact', 'titles-and-numbers']),
  stories: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      onSheet: z.boolean(),
      fields: z.array(
        z.object({
          field: SheetCutField,
          status: z.enum(['full', 'shortened', 'omitted', 'empty']),
          shownChars: z.number().int(),
          totalChars: z.number().int(),
          omittedValues: z.array(z.string()).optional(),
          shortening: z.enum(['filler', 'clauses', 'words']).optional(),
        }),
      ),
      longSections: z.array(CueField).optional(),
    }),
  ),
  omittedStories: z.array(z.object({ id: z.string(), title: z.string() })),
  loopMap: z.enum(['none', 'full', 'shortened']),
  summary: z.array(z.string()),
});
export type SheetReportDto = z.infer<typeof SheetReportDto>;
// Fails to compile if the planner's report and this schema drift apart (in either direction).
const _reportFits: [SheetReport, SheetReportDto] extends [SheetReportDto, SheetReport] ? true : never = true;
void _reportFits;

const LineStyleDto = z.object({ sizePt: z.number(), linePt: z.number(), bold: z.boolean().optional() });

/** The page as planned (shared/sheet SheetLayout): the print view draws exactly this. */
export const SheetLayoutDto = z.object({
  paper: PaperSize,
  widthPt: z.number(),
  heightPt: z.number(),
  marginPt: z.number(),
  contentWidthPt: z.number(),
  indentPt: z.number(),
  tier: z.object({
    name: z.string(),
    columns: z.number().int().min(1),
    title: LineStyleDto,
    body: LineStyleDto,
    meta: LineStyleDto,
    padTopPt: z.number(),
    padBottomPt: z.number(),
    padSidePt: z.number(),
  }),
  header: z.object({ name: z.string(), subline: z.string(), nameStyle: LineStyleDto, sublineStyle: LineStyleDto }),
  loopMap: z
    .object({ entries: z.array(z.object({ round: z.string(), stories: z.string() })), style: LineStyleDto })
    .nullable(),
  stories: z.array(
    z.object({
      id: z.string(),
      number: z.number().int(),
      title: z.string(),
      titleLines: z.number().int(),
      tags: z.array(z.string()),
      numbers: z.array(z.string()),
      numberLines: z.number().int(),
      cues: z.array(z.object({ field: CueField, label: z.string(), text: z.string(), lines: z.number().int() })),
    }),
  ),
});
export type SheetLayoutDto = z.infer<typeof SheetLayoutDto>;
const _layoutFits: [SheetLayout, SheetLayoutDto] extends [SheetLayoutDto, SheetLayout] ? true : never = true;
void _layoutFits;

export const SheetPreviewDto = z.object({
  report: SheetReportDto,
  /** The page itself, for the print view ("Save as PDF"). */
  layout: SheetLayoutDto,
  paper: PaperSize,
  /** What the header will say. */
  header: z.object({ name: z.string(), subline: z.string() }),
});
export type SheetPreviewDto = z.infer<typeof SheetPreviewDto>;

/** A finished export: saved to disk by main (desktop), or handed back to be downloaded (web bridge). */
export const ExportedFile = z.discriminatedUnion('delivery', [
  z.object({
    delivery: z.literal('saved'),
    fileName: z.string(),
    path: z.string(),
    bytes: z.number().int(),
    stories: z.number().int(),
  }),
  z.object({
    delivery: z.literal('download'),
    fileName: z.string(),
    mimeType: z.string(),
    base64: z.string(),
    bytes: z.number().int(),
    stories: z.number().int(),
  }),
]);
export type ExportedFile = z.infer<typeof ExportedFile>;

const TextExportRequest = z.object({ scope: ExportScope.default({ kind: 'all' }) }).strict();

export const exportChannels = {
  /** Plans the sheet and returns what would be shortened or left out, without writing anything. */
  planStorySheet: channel(SheetRequest, SheetPreviewDto),
  exportStorySheet: channel(SheetRequest, z.object({ file: ExportedFile, report: SheetReportDto })),
  /**
   * The sheet as a PDF of the print view the renderer is showing (drawn from planStorySheet's layout): the desktop
   * app prints its window and saves the file; the web bridge cannot, and answers that the browser's print dialog
   * should make it ("Save as PDF" there).
   */
  saveStorySheetPdf: channel(
    SheetRequest,
    z.discriminatedUnion('via', [
      z.object({ via: z.literal('saved'), file: ExportedFile }),
      z.object({ via: z.literal('browser-print') }),
    ]),
  ),
  /** Every field of every chosen story; with `appendix`, each story's readiness score and remaining findings. */
  exportStoryBook: channel(
    z
      .object({
        scope: ExportScope,
        appendix: z.boolean().default(false),
        paper: PaperSize.optional(),
        date: IsoDate.optional(),
      })
      .strict(),
    z.object({ file: ExportedFile }),
  ),
  exportMarkdown: channel(TextExportRequest, z.object({ file: ExportedFile })),
  exportCsv: channel(TextExportRequest, z.object({ file: ExportedFile })),
  /** The whole bank, losslessly (stories, frameworks, stages, loops, profile and settings). */
  exportJsonBackup: channel(z.object({}).strict(), z.object({ file: ExportedFile })),
};
