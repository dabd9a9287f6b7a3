// Coverage handlers: the matrix over the saved bank, and its CSV export.
import type { coverageChannels } from '../../../shared/api/channels/coverage';
import { exportCoverageCsv } from '../../export/export-documents';
import { coverageMatrixDto } from '../../store/operations/coverage';
import type { HandlersFor } from '../handler-table';

export const coverageHandlers: HandlersFor<keyof typeof coverageChannels> = {
  coverageMatrix: ({ view, frameworkId }, { services }) =>
    coverageMatrixDto(services.banks.current.bank, view, frameworkId),
  exportCoverageCsv: (request, context) => exportCoverageCsv(request, context),
};
