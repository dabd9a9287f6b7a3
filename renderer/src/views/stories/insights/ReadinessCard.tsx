import type { ReadinessScore } from '#shared/analysis/types';

export function readinessTone(total: number): 'good' | 'warn' | 'bad' {
  return total >= 80 ? 'good' : total >= 50 ? 'warn' : 'bad';
}

export function readinessWord(total: number): string {
  return total >= 80 ? 'Ready to tell' : total >= 50 ? 'Getting there' : 'Needs work';
}

/** The readiness score with the points each part earned and why. */
export function ReadinessCard({ score }: { score: ReadinessScore }) {
  const tone = readinessTone(score.total);
  return (
    <section className="insight-card readiness" aria-labelledby="readiness-heading">
      <div className="readiness-head">
        <h2 id="readiness-heading" className="insight-title">
          Readiness
        </h2>
        <p className={`readiness-total tone-${tone}`} data-testid="readiness-total">
          <span className="readiness-number">{score.total}</span>
          <span className="readiness-of">/100</span>
        </p>
      </div>
      <p className={`readiness-word tone-${tone}`}>{readinessWord(score.total)}</p>
      <ul className="readiness-parts">
        {score.parts.map((part) => (
          <li key={part.id}>
            <div className="readiness-part-head">
              <span>{part.label}</span>
              <span className="readiness-part-points">
                {part.points}/{part.max}
              </span>
            </div>
            <div className="readiness-part-bar" aria-hidden="true">
              <div style={{ width: `${part.max ? (part.points / part.max) * 100 : 0}%` }} />
            </div>
            <p className="readiness-part-reason">{part.reason}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
