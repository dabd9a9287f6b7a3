// One line that says how far along the bank is, and the legend for the marks in the matrix.
import type { CoverageMatrix } from '#shared/coverage/index';

export function CoverageSummary({ matrix, label }: { matrix: CoverageMatrix; label: string }) {
  const total = matrix.columns.length;
  const covered = total - matrix.gaps.length;
  const { retired, trashed } = matrix.excluded;
  return (
    <div className="coverage-summary-bar">
      <p className="coverage-headline" data-testid="coverage-headline">
        <strong>
          {covered} of {total}
        </strong>{' '}
        {label} have at least {matrix.minReady} ready stories
        {matrix.gaps.length > 0 && (
          <>
            {' '}
            ·{' '}
            <span className="gap-count">
              {matrix.gaps.length} {matrix.gaps.length === 1 ? 'gap' : 'gaps'}
            </span>
          </>
        )}
        <span className="muted">
          {' '}
          · {matrix.rows.length} {matrix.rows.length === 1 ? 'story' : 'stories'}
          {retired > 0 ? ` (${retired} retired not counted)` : ''}
          {trashed > 0 ? `, ${trashed} in the trash` : ''}
        </span>
      </p>
      {/* The legend explains marks in the matrix: with no story there is no matrix, only the note to write one. */}
      {matrix.rows.length > 0 && (
        <p className="coverage-legend muted small" aria-hidden="true">
          <span>
            <span className="legend-mark">●</span> tagged
          </span>
          <span>
            <span className="legend-mark">◐</span> counts through a tag from another framework
          </span>
          <span>
            <span className="legend-swatch is-ready" /> ready
          </span>
          <span>
            <span className="legend-swatch is-draft" /> draft
          </span>
        </p>
      )}
    </div>
  );
}
