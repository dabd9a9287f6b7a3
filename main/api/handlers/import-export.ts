// Import (preview, commit) and text exports; the formats live in shared/interchange.
import { exportCsv, exportJsonBackup, exportMarkdown } from '../../../shared/interchange';
import { commitImport, previewForBank } from '../../store/operations/import-stories';
import { isInTrash } from '../../store/trash';
import type { HandlersFor } from '../handler-table';

const stamp = () => new Date().toISOString().slice(0, 10);

export const importExportHandlers: HandlersFor<'previewImport' | 'commitImport' | 'exportText'> = {
  previewImport: (request, { services }) => {
    const { bank, ...preview } = previewForBank(services.banks.current.bank, request);
    return { ...preview, canReplaceBank: bank !== undefined };
  },
  commitImport: ({ mode, ...request }, { services }) => commitImport(services.banks.current, request, mode),
  exportText: ({ format, storyIds }, { services }) => {
    const bank = services.banks.current.bank;
    if (format === 'json') return { fileName: `storybank-backup-${stamp()}.json`, mimeType: 'application/json', text: exportJsonBackup(bank) };
    const wanted = storyIds ? new Set(storyIds) : undefined;
    const stories = bank.stories.filter((s) => (wanted ? wanted.has(s.id) : !isInTrash(s)));
    return format === 'csv'
      ? { fileName: `storybank-stories-${stamp()}.csv`, mimeType: 'text/csv', text: exportCsv(stories) }
      : { fileName: `storybank-stories-${stamp()}.md`, mimeType: 'text/markdown', text: exportMarkdown(stories) };
  },
};
