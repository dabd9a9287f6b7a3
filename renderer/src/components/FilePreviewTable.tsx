// The rows a file would import, shown before anything is written (stories from a backup, Markdown or CSV in
// Export ▸ Import; rounds from an interview log in Companies): the row number first, a header that stays in
// view while the table scrolls, and at most SHOWN_ROWS rows with a count of the rest, so a file of thousands
// of rows neither stretches the view nor stalls it.
import type { ReactNode } from 'react';
import './file-preview-table.css';

export const SHOWN_ROWS = 200;

export interface PreviewColumn<R> {
  header: string;
  cell: (row: R) => ReactNode;
  className?: string;
}

export interface FilePreviewTableProps<R> {
  rows: readonly R[];
  columns: readonly PreviewColumn<R>[];
  rowKey: (row: R) => string | number;
  /** What the table holds; visible, or for screen readers only. */
  caption: ReactNode;
  captionShown?: boolean;
  /** e.g. 'has-error' on a row with an error. */
  rowClassName?: (row: R) => string | undefined;
  /** The line under a cut table: `n` rows are not shown. */
  more: (n: number) => string;
  testId?: string;
}

export function FilePreviewTable<R>({
  rows,
  columns,
  rowKey,
  caption,
  captionShown = false,
  rowClassName,
  more,
  testId,
}: FilePreviewTableProps<R>) {
  return (
    <div className="file-preview">
      <div className="file-preview-scroll">
        <table className="file-preview-table" data-testid={testId}>
          <caption className={captionShown ? 'muted small' : 'sr-only'}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.header} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN_ROWS).map((row) => (
              <tr key={rowKey(row)} className={rowClassName?.(row)}>
                {columns.map((c) => (
                  <td key={c.header} className={c.className}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN_ROWS && <p className="muted small">{more(rows.length - SHOWN_ROWS)}</p>}
    </div>
  );
}
