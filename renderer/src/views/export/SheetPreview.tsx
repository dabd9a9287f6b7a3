// What the sheet will hold before it is made: the header, one sentence about the page, the planner's summary, and
// per story what was shortened or left out. Stories with cuts come first.
import type { SheetPreviewState } from './use-sheet-preview';
import { cutsFirst, modeSentence, storyCuts } from './report-words';

export function SheetPreview({ state }: { state: SheetPreviewState }) {
  const { preview, error, loading } = state;
  return (
    <section className="sheet-preview" aria-labelledby="sheet-preview-heading" aria-busy={loading}>
      <h3 id="sheet-preview-heading">Before you export</h3>
      {error && <p className="preview-note">{error}</p>}
      {!preview && !error && (
        <p className="muted">{loading ? 'Planning the page…' : 'Choose stories to see what fits on the page.'}</p>
      )}
      {preview && <PreviewBody preview={preview} stale={loading} />}
    </section>
  );
}

function PreviewBody({ preview, stale }: { preview: NonNullable<SheetPreviewState['preview']>; stale: boolean }) {
  const { report, header } = preview;
  const cuts = cutsFirst(report.stories.map(storyCuts));
  // The planner's last line is a fixed note about project, role and notes; it is shown apart from the cuts.
  const [note, ...rest] = [...report.summary].reverse();
  const summary = rest.reverse();
  return (
    <div className={stale ? 'preview-body is-stale' : 'preview-body'} data-testid="sheet-preview">
      <div className="sheet-mock" aria-label="Sheet header">
        <span className="sheet-mock-name">{header.name}</span>
        <span className="sheet-mock-subline">{header.subline}</span>
        <span className="sheet-mock-paper">{preview.paper === 'a4' ? 'A4' : 'US Letter'}, one page</span>
      </div>
      <p className="preview-mode">{modeSentence(report)}</p>
      {report.loopMap !== 'none' && (
        <p className="muted small">
          {report.loopMap === 'full'
            ? 'A round → story map heads the sheet.'
            : 'A round → story map heads the sheet; only the first rounds fit in it.'}
        </p>
      )}
      {summary.length > 0 && (
        <ul className="preview-summary">
          {summary.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {/* Focusable because it scrolls with many stories: keyboard users must reach every row. */}
      <ol className="preview-stories" aria-label="Per story" tabIndex={0}>
        {cuts.map((c) => (
          <li key={c.id} className="preview-story" data-testid="preview-story">
            <span className="preview-story-title">{c.title}</span>
            {!c.onSheet && <span className="cut-chip is-out">Not on the sheet: no room left</span>}
            {c.onSheet && c.shortened.length === 0 && c.omitted.length === 0 && (
              <span className="cut-chip is-full">Everything fits</span>
            )}
            {c.onSheet && (c.shortened.length > 0 || c.omitted.length > 0) && (
              <ul className="cut-list">
                {c.shortened.map((s) => (
                  <li key={s}>
                    <span className="cut-kind">Shortened</span> {s}
                  </li>
                ))}
                {c.omitted.length > 0 && (
                  <li>
                    <span className="cut-kind is-out">Left out</span> {c.omitted.join(', ')}
                  </li>
                )}
              </ul>
            )}
            {c.longSections.length > 0 && (
              <p className="muted small">
                Only the first 3,000 characters of {c.longSections.join(', ')} were read for cues and numbers.
              </p>
            )}
          </li>
        ))}
      </ol>
      {note && <p className="muted small">{note}</p>}
    </div>
  );
}
