// What a new bank shows: start a guided first story, or look at three finished samples first.
export function EmptyState({
  onGuided,
  onBlank,
  onSamples,
  busy,
}: {
  onGuided: () => void;
  onBlank: () => void;
  onSamples: () => void;
  busy: boolean;
}) {
  return (
    <section className="empty-state" aria-labelledby="empty-heading">
      <div className="empty-illustration" aria-hidden="true">
        <span className="balance-situation">S</span>
        <span className="balance-task">T</span>
        <span className="balance-action">A</span>
        <span className="balance-result">R</span>
      </div>
      <h2 id="empty-heading">Your story bank is empty</h2>
      <p className="muted">
        Interviewers remember stories with numbers in them. Write one story in five short parts — Situation, Task,
        Action, Result, and what you learned — and Storybank marks every claim that has no metric, scale or outcome.
      </p>
      <div className="empty-actions">
        <button type="button" className="button primary big" onClick={onGuided} disabled={busy}>
          Start a guided first story
        </button>
        <button type="button" className="button big" onClick={onSamples} disabled={busy}>
          Add three sample stories
        </button>
        <button type="button" className="button quiet" onClick={onBlank} disabled={busy}>
          Blank story
        </button>
      </div>
      <p className="muted small">
        Samples are written by us for a senior ML engineer, marked “Sample”, and can be deleted any time.
      </p>
    </section>
  );
}
