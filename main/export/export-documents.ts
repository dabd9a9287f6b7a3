// Every file the app hands out: resolve the stories, build the document with main/export or shared/interchange,
// then save it (desktop) or hand it back for download (web bridge). The sheet's preview plans without writing anything.
import type { ExportedFile, ExportScope, SheetPreviewDto } from '#shared/api/channels/exports';
import type { CoverageView } from '#shared/api/channels/coverage';
import {
  exportCsv as csvOf,
  exportInterviewLogCsv,
  exportInterviewLogMarkdown,
  exportJsonBackup as jsonOf,
  exportMarkdown as markdownOf,
} from '#shared/interchange/index';
import { ApiError } from '#shared/api/errors';
import { findProject, listProjects, planDeepDive, type DeepDiveReport } from '#shared/projects/index';
import type { PaperSize } from '#shared/sheet/page-geometry';
import { planSheet, SheetInput, sheetLayout } from '#shared/sheet/index';
import type { HandlerContext } from '../api/context';
import { coverageCsvOf } from '../store/operations/coverage';
import { tagCatalog } from '../store/operations/import-stories';
import { buildDeepDiveDocx } from './deep-dive-docx';
import { buildStoryBookDocx } from './story-book-docx';
import { buildStorySheetDocx } from './story-sheet-docx';
import { bookInputFor, sheetInputFor } from './export-inputs';
import { resolveScope } from './export-scope';
import { exportFileName } from './file-names';
import { deliverFile } from './save-file';
import { formatLocalDate } from '#shared/format/date-time';

/** What the sheet channels ask for: which stories, and the header's overrides. */
export interface SheetRequest {
  scope: ExportScope;
  paper?: PaperSize;
  company?: string;
  date?: string;
}

const bankOf = (context: HandlerContext) => context.services.banks.current.bank;
// The user's calendar day: at 00:30 in Berlin a UTC date would print yesterday on the sheet.
const today = () => formatLocalDate(new Date());

/** Plans the sheet and says what would be shortened or left out, without writing anything. */
export function planStorySheet({ scope, ...options }: SheetRequest, context: HandlerContext): SheetPreviewDto {
  const bank = bankOf(context);
  const plan = planSheet(SheetInput.parse(sheetInputFor(bank, resolveScope(bank, scope), options)));
  return {
    report: plan.report,
    layout: sheetLayout(plan),
    paper: plan.geometry.paper,
    header: { name: plan.header.name, subline: plan.header.subline },
  };
}

/** The print view as a PDF (desktop); the web bridge answers that the browser's print dialog should make it. */
export async function saveStorySheetPdf(
  { scope, ...options }: SheetRequest,
  context: HandlerContext,
): Promise<{ via: 'saved'; file: ExportedFile } | { via: 'browser-print' }> {
  const print = context.native.printToPdf;
  if (!print) return { via: 'browser-print' as const };
  const bank = bankOf(context);
  const resolved = resolveScope(bank, scope);
  const plan = planSheet(SheetInput.parse(sheetInputFor(bank, resolved, options)));
  const pdf = await print(plan.geometry.paper);
  const label = options.company?.trim() || resolved.loop?.company || bank.profile.name;
  const file = await deliverFile(context, {
    type: 'pdf',
    data: pdf,
    title: 'Save the story sheet as PDF',
    stories: plan.stories.length,
    fileName: exportFileName('story-sheet', label, new Date(), 'pdf'),
  });
  return { via: 'saved' as const, file };
}

export async function exportStorySheet({ scope, ...options }: SheetRequest, context: HandlerContext) {
  const bank = bankOf(context);
  const resolved = resolveScope(bank, scope);
  const plan = planSheet(SheetInput.parse(sheetInputFor(bank, resolved, options)));
  const docx = await buildStorySheetDocx(plan);
  const label = options.company?.trim() || resolved.loop?.company || bank.profile.name;
  const file = await deliverFile(context, {
    type: 'docx',
    data: docx,
    title: 'Save the story sheet',
    stories: plan.stories.length,
    fileName: exportFileName('story-sheet', label, new Date(), 'docx'),
  });
  return { file, report: plan.report };
}

export async function exportStoryBook(
  { scope, appendix, paper, date }: { scope: ExportScope; appendix: boolean; paper?: PaperSize; date?: string },
  context: HandlerContext,
): Promise<{ file: ExportedFile }> {
  const bank = bankOf(context);
  const resolved = resolveScope(bank, scope);
  const docx = await buildStoryBookDocx(bookInputFor(bank, resolved, { appendix, paper, date: date ?? today() }));
  const file = await deliverFile(context, {
    type: 'docx',
    data: docx,
    title: 'Save the story book',
    stories: resolved.stories.length,
    fileName: exportFileName('story-book', resolved.loop?.company ?? bank.profile.name, new Date(), 'docx'),
  });
  return { file };
}

export async function exportMarkdown(scope: ExportScope, context: HandlerContext): Promise<{ file: ExportedFile }> {
  const bank = bankOf(context);
  const { stories } = resolveScope(bank, scope);
  const file = await deliverFile(context, {
    type: 'markdown',
    data: markdownOf(stories, { catalog: tagCatalog(bank) }),
    title: 'Export stories as Markdown',
    stories: stories.length,
    fileName: exportFileName('storybank-stories', undefined, new Date(), 'md'),
  });
  return { file };
}

export async function exportCsv(scope: ExportScope, context: HandlerContext): Promise<{ file: ExportedFile }> {
  const bank = bankOf(context);
  const { stories } = resolveScope(bank, scope);
  const file = await deliverFile(context, {
    type: 'csv',
    data: csvOf(stories, tagCatalog(bank)),
    title: 'Export stories as CSV',
    stories: stories.length,
    fileName: exportFileName('storybank-stories', undefined, new Date(), 'csv'),
  });
  return { file };
}

/** The whole bank, losslessly. */
export async function exportJsonBackup(context: HandlerContext): Promise<{ file: ExportedFile }> {
  const bank = bankOf(context);
  const file = await deliverFile(context, {
    type: 'json',
    data: jsonOf(bank),
    title: 'Save a backup of the whole bank',
    stories: bank.stories.filter((s) => s.deletedAt === undefined).length,
    fileName: exportFileName('storybank-backup', undefined, new Date(), 'json'),
  });
  return { file };
}

/** The coverage matrix as CSV: saved through the dialog when asked and possible, else handed back. */
export async function exportCoverageCsv(
  { view, frameworkId, saveWithDialog }: { view: CoverageView; frameworkId?: string; saveWithDialog: boolean },
  context: HandlerContext,
): Promise<{ fileName: string; csv: string; savedTo?: string }> {
  const { csv, name, columns } = coverageCsvOf(bankOf(context), view, frameworkId);
  const fileName = exportFileName('coverage', name, new Date(), 'csv');
  if (!saveWithDialog || !context.native.showSaveDialog) return { fileName, csv };
  // The same path as every other export: native dialog, durable write, last folder remembered.
  const saved = await deliverFile(context, {
    type: 'csv',
    fileName,
    data: csv,
    title: 'Export the coverage matrix',
    stories: columns,
  });
  return { fileName, csv, savedTo: saved.delivery === 'saved' ? saved.path : undefined };
}

/** The whole interview log as CSV (lossless, imports back) or Markdown (for reading). */
export async function exportInterviewLog(
  format: 'csv' | 'markdown',
  context: HandlerContext,
): Promise<{ file: ExportedFile }> {
  const bank = bankOf(context);
  const csv = format === 'csv';
  const file = await deliverFile(context, {
    type: csv ? 'csv' : 'markdown',
    data: csv ? exportInterviewLogCsv(bank.interviews) : exportInterviewLogMarkdown(bank),
    title: 'Export the interview log',
    stories: new Set(bank.interviews.flatMap((e) => e.stories.map((s) => s.storyId))).size,
    fileName: exportFileName('storybank-interview-log', undefined, new Date(), csv ? 'csv' : 'md'),
  });
  return { file };
}

/** The one-page deep-dive sheet of a project (planned by shared/projects), with what was shortened or left out. */
export async function exportDeepDive(
  { name, paper, date }: { name: string; paper?: PaperSize; date?: string },
  context: HandlerContext,
): Promise<{ file: ExportedFile; report: DeepDiveReport }> {
  const bank = bankOf(context);
  const entry = findProject(listProjects(bank.stories, bank.projects), name);
  if (!entry) throw new ApiError('not-found', `There is no project called “${name}” any more. Reload the list.`);
  const plan = planDeepDive({
    name: entry.name,
    stories: entry.stories,
    layerNotes: entry.stored?.layerNotes,
    person: bank.profile.name,
    paper: paper ?? bank.settings.paperSize,
    date: date ?? today(),
  });
  const file = await deliverFile(context, {
    type: 'docx',
    data: await buildDeepDiveDocx(plan),
    title: 'Save the deep-dive sheet',
    stories: entry.stories.length,
    fileName: exportFileName('deep-dive', entry.name, new Date(), 'docx'),
  });
  return { file, report: plan.report };
}
