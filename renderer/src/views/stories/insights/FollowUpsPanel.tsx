// The follow-up questions an interviewer is likely to ask about this story, each quoting it; a click
// highlights the words it is about.
import type { Anchor, FollowUp } from '#shared/analysis/index';

export interface FollowUpsPanelProps {
  followUps: readonly FollowUp[];
  onShowAnchor: (anchor: Anchor) => void;
}

export function FollowUpsPanel({ followUps, onShowAnchor }: FollowUpsPanelProps) {
  return (
    <section className="insight-card follow-ups" aria-labelledby="follow-ups-heading" data-testid="follow-ups">
      <div className="signals-head">
        <h2 id="follow-ups-heading" className="insight-title">
          Follow-up questions
        </h2>
        <span className="signals-count">{followUps.length === 0 ? 'none yet' : followUps.length}</span>
      </div>
      {followUps.length === 0 ? (
        <p className="muted small">Write a few sentences: the questions an interviewer would ask next appear here.</p>
      ) : (
        <ol className="follow-up-list">
          {followUps.map((f) => (
            <li key={f.question}>
              <button type="button" className="follow-up" onClick={() => onShowAnchor(f.anchor)}>
                <span className="follow-up-question">{f.question}</span>
                <span className="follow-up-why">{f.why}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
