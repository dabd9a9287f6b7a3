// Which competencies were rehearsed in the last 14 days — and which were not, so the gaps show.
import type { CompetencyRecency } from '#shared/practice/progress';

export function CompetencyRecencyList({
  rows,
  nameOf,
}: {
  rows: readonly CompetencyRecency[];
  nameOf(id: string): string;
}) {
  const max = Math.max(1, ...rows.map((r) => r.attempts));
  return (
    <ul className="recency-list" data-testid="competency-recency">
      {rows.map((r) => (
        <li key={r.id} className={r.attempts === 0 ? 'recency-row gap' : 'recency-row'}>
          <span className="recency-name">{nameOf(r.id)}</span>
          <span className="recency-bar" aria-hidden="true">
            <span style={{ width: `${(r.attempts / max) * 100}%` }} />
          </span>
          <span className="recency-count small">
            {r.attempts === 0 ? 'not rehearsed' : `${r.attempts} ${r.attempts === 1 ? 'attempt' : 'attempts'}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
