// A story matrix for spreadsheets: one row per story, a header row naming the columns. Lists are
// joined with "; ". Imports back into identical stories (see csv-import.ts).
import Papa from 'papaparse';
import type { Story, StoryFields } from '../domain/schemas';
import { protectCell } from './csv-cells';
import { FIELD_LABELS, FIELD_ORDER, LIST_FIELDS } from './field-names';
import { textFileSafe } from './export-text';
import { joinList } from './list-field';
import { EMPTY_CATALOG, tagLabeller, type TagCatalog } from './tag-catalog';

/** Competencies and stages are written by name, as in markdown-export.ts. */
export function exportCsv(stories: readonly (Story | StoryFields)[], catalog: TagCatalog = EMPTY_CATALOG): string {
  const labels: Partial<Record<string, (id: string) => string>> = {
    competencies: tagLabeller(catalog.competencies),
    stages: tagLabeller(catalog.stages),
  };
  const rows = stories.map((story) =>
    FIELD_ORDER.map((key) =>
      protectCell(
        (LIST_FIELDS as readonly string[]).includes(key)
          ? joinList((story[key] as string[]).map(labels[key] ?? ((item: string) => item)))
          : (story[key] as string),
      ),
    ),
  );
  // A byte-order mark tells Excel the file is UTF-8; CRLF is what RFC 4180 asks for.
  return textFileSafe(
    `\uFEFF${Papa.unparse({ fields: FIELD_ORDER.map((k) => FIELD_LABELS[k]), data: rows }, { newline: '\r\n', quotes: false })}\r\n`,
  );
}
