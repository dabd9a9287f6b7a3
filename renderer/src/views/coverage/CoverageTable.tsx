// The matrix itself: one row per competency (or stage), a summary cell that opens the stories behind
// it, then one narrow column per story with a mark where the story covers the row. Rows rather than
// columns for competencies because their names are long and there are fewer of them than stories.
import type { CoverageMatrix } from '#shared/coverage/index';
import { ReadinessBar } from './ReadinessBar';

export interface CoverageTableProps {
  matrix: CoverageMatrix;
  descriptions: ReadonlyMap<string, string>;
  selectedId: string | null;
  onSelect: (columnId: string) => void;
  /** Opens a story in the Stories view (its column header is a button). */
  onOpenStory: (storyId: string) => void;
  rowLabel: string;
}

/** Columns this close to the right edge open their tooltip leftwards, so it stays inside the table. */
const RIGHT_EDGE_COLUMNS = 3;

const MARK = { tagged: '●', mapped: '◐' } as const;
const MARK_WORDS = { tagged: 'tagged', mapped: 'counts through a tag from another framework' } as const;

export function cellSummary(count: number, readyCount: number): string {
  if (count === 0) return 'No stories';
  const drafts = count - readyCount;
  return [`${readyCount} ready`, drafts > 0 ? `${drafts} draft${drafts === 1 ? '' : 's'}` : '']
    .filter(Boolean)
    .join(' · ');
}

export function CoverageTable({
  matrix,
  descriptions,
  selectedId,
  onSelect,
  onOpenStory,
  rowLabel,
}: CoverageTableProps) {
  return (
    <div className="coverage-scroll" role="region" aria-label="Coverage matrix" tabIndex={0}>
      <table className="coverage-table">
        <caption className="sr-only">
          {`${rowLabel} by story. Rows with fewer than ${matrix.minReady} ready stories are gaps.`}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="coverage-corner">
              {rowLabel}
            </th>
            <th scope="col" className="coverage-summary-head">
              Stories
            </th>
            {matrix.rows.map((row, i) => {
              const title = row.title || 'Untitled story';
              const facts = [row.status, row.readiness === undefined ? '' : `readiness ${Math.round(row.readiness)}`]
                .filter(Boolean)
                .join(' · ');
              // Rotated titles are cut to fit; the full title shows on hover and on keyboard focus.
              return (
                <th key={row.storyId} scope="col" className="coverage-story-head">
                  <button
                    type="button"
                    className={`coverage-story-button${i >= matrix.rows.length - RIGHT_EDGE_COLUMNS ? ' tip-left' : ''}`}
                    onClick={() => onOpenStory(row.storyId)}
                  >
                    <span className="sr-only">Open </span>
                    <span className="coverage-story-label">{title}</span>
                    {row.status === 'draft' && <span className="sr-only"> (draft)</span>}
                    <span className="coverage-story-tip" aria-hidden="true">
                      <strong>{title}</strong>
                      <span>{facts}</span>
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {matrix.columns.map((column, c) => {
            const selected = selectedId === column.id;
            const gapText = column.gap
              ? `Gap: ${column.readyShortfall} more ready ${column.readyShortfall === 1 ? 'story' : 'stories'} needed`
              : '';
            return (
              <tr
                key={column.id}
                className={column.gap ? 'is-gap' : undefined}
                data-testid={`coverage-row-${column.id}`}
              >
                <th scope="row" className="coverage-name">
                  <span className="coverage-name-text">{column.name}</span>
                  {descriptions.get(column.id) && (
                    <span className="coverage-description">{descriptions.get(column.id)}</span>
                  )}
                </th>
                <td className="coverage-summary">
                  <button
                    type="button"
                    className="coverage-cell"
                    aria-pressed={selected}
                    data-gap={column.gap || undefined}
                    onClick={() => onSelect(column.id)}
                  >
                    {/* The name is built from the visible text plus hidden words, so it always contains what is shown. */}
                    <span className="sr-only">{column.name}: </span>
                    <span className="coverage-count">{column.count}</span>
                    <span className="sr-only"> {column.count === 1 ? 'story' : 'stories'}, </span>
                    <span className="coverage-cell-body">
                      <span className="coverage-cell-line">{cellSummary(column.count, column.readyCount)}</span>
                      <ReadinessBar ready={column.readyCount} total={column.count} />
                    </span>
                    {column.gap && (
                      <span className="gap-badge">
                        <span className="sr-only">. </span>Gap<span className="sr-only">{gapText.slice(3)}</span>
                      </span>
                    )}
                  </button>
                </td>
                {matrix.rows.map((row) => {
                  const kind = row.cells[c];
                  return (
                    <td
                      key={row.storyId}
                      className={`coverage-mark${kind ? ` is-${kind}` : ''}`}
                      title={kind ? `${row.title}: ${MARK_WORDS[kind]}` : undefined}
                    >
                      {kind ? (
                        <>
                          <span aria-hidden="true">{MARK[kind]}</span>
                          <span className="sr-only">{MARK_WORDS[kind]}</span>
                        </>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
