// One entry for every import: read the input safely, pick the format, and say what would be
// created and what is wrong (by row and field) before anything is written. The store commits the
// preview's stories in one write, and only when there are no errors, so nothing is half-imported.
import { ApiError } from '../api/errors';
import type { Bank, Story } from '../domain/schemas';
import { importCsv } from './csv-import';
import { duplicateWarnings } from './duplicates';
import type { ImportedStory, ImportProblem } from './imported-story';
import { readImportText, type ImportSource } from './import-input';
import { importJsonBackup, type UpgradeBank } from './json-backup';
import { importMarkdown } from './markdown-import';
import type { TagCatalog } from './tag-catalog';

export const IMPORT_FORMATS = ['json', 'markdown', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportRequest extends ImportSource {
  format: ImportFormat | 'auto';
}

export interface ImportPreview {
  format: ImportFormat;
  stories: ImportedStory[];
  problems: ImportProblem[];
  unknownColumns: string[];
  /** False when any problem is an error: the import would be refused as a whole. */
  canImport: boolean;
  /** For a JSON backup: the whole bank, which can replace the current one. */
  bank?: Bank;
}

export function detectFormat(fileName: string | undefined, text: string): ImportFormat {
  const ext = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'md' || ext === 'markdown' || ext === 'txt') return 'markdown';
  const start = text.trimStart();
  if (start.startsWith('{')) return 'json';
  const firstLine = start.split('\n', 1)[0] ?? '';
  if (/^#|^\*\*|^[A-Za-z ]+:/.test(firstLine)) return 'markdown';
  return /[,;\t]/.test(firstLine) ? 'csv' : 'markdown';
}

export function previewImport(
  request: ImportRequest,
  options: {
    catalog?: TagCatalog;
    upgrade?: UpgradeBank;
    /** The bank's stories (trashed ones included), to warn about stories the file repeats. */
    existing?: readonly Story[];
  } = {},
): ImportPreview {
  const existing = options.existing ?? [];
  const text = readImportText(request);
  const format = request.format === 'auto' ? detectFormat(request.fileName, text) : request.format;
  if (format === 'json') {
    const result = importJsonBackup(text, options.upgrade);
    const stories = (result.bank?.stories ?? []).map((story, index) => ({ row: index + 1, fields: story }));
    return {
      format,
      stories,
      problems: [...result.problems, ...duplicateWarnings(stories, existing, 'Story')],
      unknownColumns: [],
      canImport: result.bank !== undefined,
      ...(result.bank ? { bank: result.bank } : {}),
    };
  }
  const parsed = format === 'csv' ? importCsv(text, options.catalog) : importMarkdown(text, options.catalog);
  const canImport = parsed.stories.length > 0 && !parsed.problems.some((p) => p.severity === 'error');
  return {
    format,
    stories: parsed.stories,
    problems: [...parsed.problems, ...duplicateWarnings(parsed.stories, existing, format === 'csv' ? 'Row' : 'Story')],
    unknownColumns: parsed.unknownColumns,
    canImport,
  };
}

/** The first error, as an ApiError for commitImport to throw. */
export function refusal(preview: ImportPreview): ApiError {
  const errors = preview.problems.filter((p) => p.severity === 'error');
  if (errors.length === 0) return new ApiError('invalid-request', 'There are no stories in this file to import.');
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
  return new ApiError('invalid-request', `Nothing was imported. ${errors[0].message}${more}`);
}
