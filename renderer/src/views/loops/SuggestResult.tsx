// What Suggest did: how many focus competencies it covered, and for each one it could not, why.
import type { LoopPlanProposal } from '#shared/api/channels/loops';
import type { BoardHelpers } from './use-board-helpers';

export interface SuggestResultProps {
  proposal: LoopPlanProposal;
  helpers: BoardHelpers;
  roundName: (roundId: string) => string;
  onDismiss: () => void;
}

export function SuggestResult({ proposal, roundName, onDismiss }: SuggestResultProps) {
  const allFocus = proposal.uncovered.length === 0;
  const complete = allFocus && proposal.emptyRounds.length === 0;
  return (
    <div
      className={`suggest-result${complete ? ' is-complete' : ' is-partial'}`}
      role="status"
      data-testid="suggest-result"
    >
      <div className="suggest-result-head">
        <strong>
          {allFocus
            ? `Suggest covered all ${proposal.totalSlots} focus competencies.`
            : `Suggest covered ${proposal.coveredSlots} of ${proposal.totalSlots} focus competencies.`}
        </strong>
        <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
          ×
        </button>
      </div>
      {!complete && (
        <ul className="uncovered-list">
          {proposal.uncovered.map((u) => (
            <li key={`${u.roundId}-${u.competencyId}`}>
              <strong>{u.competencyName}</strong> in {roundName(u.roundId)}: {u.reason}
            </li>
          ))}
          {proposal.emptyRounds.map((e) => (
            <li key={`empty-${e.roundId}`}>
              <strong>{roundName(e.roundId)}</strong> gets no story: {e.reason}
            </li>
          ))}
        </ul>
      )}
      {!proposal.optimal && (
        <p className="muted small">This is the best plan found in the time allowed; a slightly better one may exist.</p>
      )}
    </div>
  );
}
