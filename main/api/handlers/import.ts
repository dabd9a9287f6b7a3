// Import handlers (preview, commit): one line each over main/store/operations/import-stories.ts; the
// formats live in shared/interchange.
import type { importChannels } from '#shared/api/channels/import';
import { commitImport, previewImportFile } from '../../store/operations/import-stories';
import type { HandlersFor } from '../handler-table';

export const importHandlers: HandlersFor<keyof typeof importChannels> = {
  previewImport: (request, { services }) => previewImportFile(services.banks.current.bank, request),
  commitImport: ({ mode, ...request }, { services }) => commitImport(services.banks.current, request, mode),
};
