// Story matrices from spreadsheets: a header row naming the columns, then one story per row.
// Columns are matched by name, ignoring case, spaces and punctuation (see field-names.ts).
// Unknown columns are ignored and reported as a warning, because real matrices carry extra columns
// ("Score", "Last practiced") that should not block an import; a file with no story columns at all
// is refused.
import Papa from 'papaparse';
import { unprotectCell } from './csv-cells';
import { FIELD_LABELS, fieldForColumn, type FieldKey } from './field-names';
import { buildStory, type ImportedStory, type ImportProblem, type RawStory } from './imported-story';
import { splitList } from './list-field';
import type { TagCatalog } from './tag-catalog';

export interface ParsedImport {
  stories: ImportedStory[];
  problems: ImportProblem[];
  unknownColumns: string[];
}

const CONTENT_FIELDS: FieldKey[] = ['title', 'situation', 'task', 'action', 'result', 'reflection'];

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The delimiter is read from the header row only: names rarely contain one, while story text
 * often holds many semicolons or commas and would mislead a guess over the whole file
 * (Excel in many European locales writes ";", Notion and Google Sheets ",").
 */
export function headerDelimiter(text: string): string {
  const header = (text.split('\n').find((l) => l.trim() !== '') ?? '').replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = header.split(d).length - 1;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

function repeatsHeader(cells: readonly string[], header: readonly string[]): boolean {
  const name = (cell: string | undefined) => (cell ?? '').trim().toLowerCase();
  return (
    header.every((h, index) => name(h) === name(cells[index])) && cells.slice(header.length).every((c) => !c.trim())
  );
}

export function importCsv(text: string, catalog?: TagCatalog): ParsedImport {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: headerDelimiter(text) });
  const problems: ImportProblem[] = [];
  const rows = parsed.data;
  // Papa Parse can report one broken quote twice (once per pass over the row): say it once.
  const reported = new Set<string>();
  for (const error of parsed.errors) {
    const row = (error.row ?? 0) + 1;
    const key = `${row}\u0000${error.code}\u0000${error.message}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const hint =
      error.code === 'MissingQuotes'
        ? ' A quote (") opens a cell that never closes; check that row in a spreadsheet app.'
        : '';
    // A guessed delimiter on a one-column file is harmless.
    if (error.code === 'UndetectableDelimiter') continue;
    problems.push({ row, severity: 'error', message: `Row ${row}: ${error.message}.${hint}` });
  }
  const headerIndex = rows.findIndex((r) => r.some((cell) => cell.trim() !== ''));
  if (headerIndex === -1) {
    return {
      stories: [],
      unknownColumns: [],
      problems: [{ row: 1, severity: 'error', message: 'The file is empty: there is no header row and no stories.' }],
    };
  }
  const header = rows[headerIndex];
  const columns: (FieldKey | undefined)[] = [];
  const unknownColumns: string[] = [];
  const seen = new Set<FieldKey>();
  header.forEach((name, index) => {
    const field = fieldForColumn(name);
    if (field && seen.has(field)) {
      problems.push({
        row: headerIndex + 1,
        field,
        severity: 'warning',
        message: `Row ${headerIndex + 1}: the column “${name}” repeats ${FIELD_LABELS[field]} (column ${index + 1}); only the first one is imported.`,
      });
      columns.push(undefined);
      return;
    }
    if (field) seen.add(field);
    else if (name.trim() !== '') unknownColumns.push(name.trim());
    columns.push(field);
  });
  if (!CONTENT_FIELDS.some((f) => seen.has(f))) {
    return {
      stories: [],
      unknownColumns,
      problems: [
        ...problems,
        {
          row: headerIndex + 1,
          severity: 'error',
          message: `Row ${headerIndex + 1} should name the columns, with at least a Title or Situation/Task/Action/Result column; it has ${header.map((h) => `“${h}”`).join(', ') || 'nothing'}. Add a header row such as “Title, Situation, Task, Action, Result, Competencies”.`,
        },
      ],
    };
  }
  if (unknownColumns.length > 0) {
    problems.push({
      row: headerIndex + 1,
      severity: 'warning',
      message: `Row ${headerIndex + 1}: ${unknownColumns.length === 1 ? 'the column' : 'the columns'} ${unknownColumns.map((c) => `“${c}”`).join(', ')} ${unknownColumns.length === 1 ? 'is' : 'are'} not a story field and will be ignored.`,
    });
  }

  const stories: ImportedStory[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i];
    if (cells.every((cell) => cell.trim() === '')) continue;
    // Files pasted together from several exports repeat the header row; it is not a story.
    if (repeatsHeader(cells, header)) {
      problems.push({
        row: i + 1,
        severity: 'warning',
        message: `Row ${i + 1} repeats the header row (${header.filter((h) => h.trim() !== '').join(', ')}); it is skipped.`,
      });
      continue;
    }
    const raw: RawStory = {};
    cells.forEach((cell, index) => {
      const field = columns[index];
      if (field) raw[field] = unprotectCell(cell);
    });
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '')) {
      problems.push({
        row: i + 1,
        severity: 'warning',
        message: `Row ${i + 1} has ${cells.length} cells but the header names ${header.length} columns; the extra cells are ignored.`,
      });
    }
    if (Object.entries(raw).every(([field, value]) => field === 'status' || (value ?? '').trim() === '')) {
      problems.push({
        row: i + 1,
        severity: 'warning',
        message: `Row ${i + 1} has no title and no story text; it is skipped.`,
      });
      continue;
    }
    const built = buildStory(raw, { row: i + 1, noun: 'Row', catalog, splitList });
    problems.push(...built.problems);
    if (built.story) stories.push(built.story);
  }
  return { stories, problems, unknownColumns };
}
