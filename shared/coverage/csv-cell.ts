// One CSV field: RFC 4180 quoting, plus the same guard against spreadsheet formula injection as the
// story CSV export (shared/interchange/csv-cells.ts), so a title like "=HYPERLINK(...)" is shown, never run.
import { protectCell } from '../interchange/csv-cells';

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : protectCell(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvCell).join(',');
}
