// How ready the stories behind a cell are: a bar split into ready and draft stories, so a gap that
// is "covered but only by drafts" looks different from an empty one.
export function ReadinessBar({ ready, total }: { ready: number; total: number }) {
  if (total === 0) return <span className="readiness-bar is-empty" aria-hidden="true" />;
  const readyPct = (ready / total) * 100;
  return (
    <span className="readiness-bar" aria-hidden="true">
      <span className="readiness-bar-ready" style={{ width: `${readyPct}%` }} />
      <span className="readiness-bar-draft" style={{ width: `${100 - readyPct}%` }} />
    </span>
  );
}
