// Coverage handlers: the matrix's CSV export.
import type { coverageChannels } from '#shared/api/channels/coverage';
import { exportCoverageCsv } from '../../export/export-documents';
import type { HandlersFor } from '../handler-table';

export const coverageHandlers: HandlersFor<keyof typeof coverageChannels> = {
  exportCoverageCsv: (request, context) => exportCoverageCsv(request, context),
};
