// "Indexing…" / "Scoring…" above the list while background work a view waits for is finishing.
// The label is announced once; the progress bar moves without re-announcing.
export function PendingWork({ label, done, total }: { label: string; done: number; total: number }) {
  return (
    <p className="list-pending muted small" data-pending="">
      <span role="status">{label}</span>
      <progress max={total} value={done} aria-label={label} />
    </p>
  );
}
