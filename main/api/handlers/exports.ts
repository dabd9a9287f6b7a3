// Export handlers: resolve the stories, build the document with main/export or shared/interchange, then save it
// (desktop) or hand it back for download (web bridge). The sheet's preview plans without writing anything.
import {
  exportCsv as csvOf,
  exportJsonBackup as jsonOf,
  exportMarkdown as markdownOf,
} from '../../../shared/interchange';
import { planSheet, SheetInput, sheetLayout } from '../../../shared/sheet';
import { buildStoryBookDocx, buildStorySheetDocx } from '../../export';
import { bookInputFor, sheetInputFor } from '../../export/export-inputs';
import { resolveScope } from '../../export/export-scope';
import { exportFileName } from '../../export/file-names';
import { deliverFile } from '../../export/save-file';
import { tagCatalog } from '../../store/operations/import-stories';
import type { HandlerContext } from '../context';
import type { HandlersFor } from '../handler-table';

type ExportChannel =
  | 'planStorySheet'
  | 'exportStorySheet'
  | 'saveStorySheetPdf'
  | 'exportStoryBook'
  | 'exportMarkdown'
  | 'exportCsv'
  | 'exportJsonBackup';

const bankOf = (context: HandlerContext) => context.services.banks.current.bank;
const today = () => new Date().toISOString().slice(0, 10);

export const exportHandlers: HandlersFor<ExportChannel> = {
  planStorySheet: ({ scope, ...options }, context) => {
    const bank = bankOf(context);
    const plan = planSheet(SheetInput.parse(sheetInputFor(bank, resolveScope(bank, scope), options)));
    return {
      report: plan.report,
      layout: sheetLayout(plan),
      paper: plan.geometry.paper,
      header: { name: plan.header.name, subline: plan.header.subline },
    };
  },

  saveStorySheetPdf: async ({ scope, ...options }, context) => {
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
  },

  exportStorySheet: async ({ scope, ...options }, context) => {
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
  },

  exportStoryBook: async ({ scope, appendix, paper, date }, context) => {
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
  },

  exportMarkdown: async ({ scope }, context) => {
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
  },

  exportCsv: async ({ scope }, context) => {
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
  },

  exportJsonBackup: async (_request, context) => {
    const bank = bankOf(context);
    const file = await deliverFile(context, {
      type: 'json',
      data: jsonOf(bank),
      title: 'Save a backup of the whole bank',
      stories: bank.stories.filter((s) => s.deletedAt === undefined).length,
      fileName: exportFileName('storybank-backup', undefined, new Date(), 'json'),
    });
    return { file };
  },
};
