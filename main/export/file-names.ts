// Export file names that say what and when, and are safe on every file system:
// "story-sheet-northwind-robotics-2026-03-14.docx", "storybank-backup-2026-03-14.json".
import { formatLocalDate } from '#shared/format/date-time';

export function slug(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);
}

export function exportFileName(kind: string, label: string | undefined, date: Date, extension: string): string {
  const middle = label ? slug(label) : '';
  return `${[kind, middle, formatLocalDate(date)].filter(Boolean).join('-')}.${extension}`;
}

export const FILE_TYPES = {
  docx: {
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    filter: 'Word document',
  },
  pdf: { extension: 'pdf', mimeType: 'application/pdf', filter: 'PDF document' },
  markdown: { extension: 'md', mimeType: 'text/markdown;charset=utf-8', filter: 'Markdown' },
  csv: { extension: 'csv', mimeType: 'text/csv;charset=utf-8', filter: 'CSV (spreadsheets)' },
  json: { extension: 'json', mimeType: 'application/json', filter: 'Storybank backup (JSON)' },
} as const;
export type FileType = keyof typeof FILE_TYPES;
