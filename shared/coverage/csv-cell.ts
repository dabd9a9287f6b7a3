// One CSV field: RFC 4180 quoting, plus a guard against spreadsheet formula injection. A cell that
// starts with = + - @ (or a tab / carriage return, which some spreadsheets strip before parsing) is
// prefixed with an apostrophe so that a story title like "=HYPERLINK(...)" is shown, never run.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvCell).join(',');
}
