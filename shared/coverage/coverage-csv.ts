// The coverage matrix as CSV: one row per story, one column per competency (or stage), then summary rows.
import { csvLine } from './csv-cell';
import type { CoverageMatrix } from './coverage-matrix';

const CELL_MARK = { tagged: 'x', mapped: '(x)' } as const;

export function coverageCsv(matrix: CoverageMatrix): string {
  const withReadiness = matrix.rows.some((r) => r.readiness !== undefined);
  const lead = (first: string, second: string, third: string) =>
    withReadiness ? [first, second, third] : [first, second];
  const lines: string[] = [];
  lines.push(csvLine([...lead('Story', 'Status', 'Readiness'), ...matrix.columns.map((c) => c.name)]));
  for (const row of matrix.rows) {
    const readiness = row.readiness === undefined ? '' : String(Math.round(row.readiness));
    lines.push(csvLine([...lead(row.title, row.status, readiness), ...row.cells.map((c) => (c ? CELL_MARK[c] : ''))]));
  }
  lines.push(csvLine([...lead('Stories', '', ''), ...matrix.columns.map((c) => c.count)]));
  lines.push(csvLine([...lead('Ready stories', '', ''), ...matrix.columns.map((c) => c.readyCount)]));
  if (withReadiness) {
    lines.push(
      csvLine([
        ...lead('Average readiness', '', ''),
        ...matrix.columns.map((c) => (c.averageReadiness === undefined ? '' : Math.round(c.averageReadiness))),
      ]),
    );
  }
  lines.push(
    csvLine([
      ...lead(`Gap (fewer than ${matrix.minReady} ready)`, '', ''),
      ...matrix.columns.map((c) => (c.gap ? 'gap' : '')),
    ]),
  );
  // CRLF per RFC 4180; spreadsheets on every platform read it.
  return lines.join('\r\n') + '\r\n';
}
