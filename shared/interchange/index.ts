// Import and export formats: JSON backup, Markdown and CSV. Pure: shared/ + zod + papaparse.
export { exportCsv } from './csv-export';
export { importCsv, type ParsedImport } from './csv-import';
export { exportMarkdown } from './markdown-export';
export { importMarkdown } from './markdown-import';
export { exportJsonBackup, importJsonBackup, type UpgradeBank } from './json-backup';
export {
  previewImport,
  detectFormat,
  refusal,
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportPreview,
  type ImportRequest,
} from './import-preview';
export { readImportText, MAX_IMPORT_BYTES, type ImportSource } from './import-input';
export { decodeBase64, encodeBase64 } from './base64';
export { splitList, joinList } from './list-field';
export { resolveTags, slugify, tagLabeller, EMPTY_CATALOG, type TagCatalog } from './tag-catalog';
export type { ImportProblem, ImportedStory } from './imported-story';
export { exportInterviewLogCsv, importInterviewLogCsv, type ParsedInterviewLog } from './interview-log-csv';
export { exportInterviewLogMarkdown } from './interview-log-markdown';
