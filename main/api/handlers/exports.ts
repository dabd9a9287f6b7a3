// Export handlers: one line each over main/export/export-documents.ts.
import type { exportChannels } from '#shared/api/channels/exports';
import * as documents from '../../export/export-documents';
import type { HandlersFor } from '../handler-table';

export const exportHandlers: HandlersFor<keyof typeof exportChannels> = {
  planStorySheet: (request, context) => documents.planStorySheet(request, context),
  exportStorySheet: (request, context) => documents.exportStorySheet(request, context),
  saveStorySheetPdf: (request, context) => documents.saveStorySheetPdf(request, context),
  exportStoryBook: (request, context) => documents.exportStoryBook(request, context),
  exportMarkdown: ({ scope }, context) => documents.exportMarkdown(scope, context),
  exportCsv: ({ scope }, context) => documents.exportCsv(scope, context),
  exportJsonBackup: (_request, context) => documents.exportJsonBackup(context),
};
