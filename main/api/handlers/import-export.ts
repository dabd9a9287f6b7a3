// Import (preview, commit); the formats live in shared/interchange. Exports are in ./exports.ts.
import { commitImport, previewForBank } from '../../store/operations/import-stories';
import type { HandlersFor } from '../handler-table';

export const importExportHandlers: HandlersFor<'previewImport' | 'commitImport'> = {
  previewImport: (request, { services }) => {
    const { bank, ...preview } = previewForBank(services.banks.current.bank, request);
    return { ...preview, canReplaceBank: bank !== undefined };
  },
  commitImport: ({ mode, ...request }, { services }) => commitImport(services.banks.current, request, mode),
};
