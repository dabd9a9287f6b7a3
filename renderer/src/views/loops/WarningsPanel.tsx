// What could go wrong in this loop (shared/loops/loop-warnings.ts), each with the button that fixes it
// or takes you to the fix.
import type { LoopWarningDto } from '#shared/api/channels/loops';
import { useRef } from 'react';
import type { BoardHelpers } from './use-board-helpers';
import { useHiddenBelow } from './use-hidden-below';

export type WarningFix =
  | { kind: 'suggest' }
  | { kind: 'open-story'; storyId: string }
  | { kind: 'add'; storyId: string; roundId: string }
  | { kind: 'swap'; storyId: string; replacementId: string; roundId: string }
  | { kind: 'remove'; storyId: string; roundIds: string[] };

const KIND_LABEL: Record<LoopWarningDto['kind'], string> = {
  'uncovered-focus': 'Uncovered focus',
  'story-reused': 'Story reused',
  'draft-story': 'Draft',
  'unavailable-story': 'Not available',
  'inconsistent-numbers': 'Numbers disagree',
  'told-before': 'Told before',
};

function FixButtons({
  warning,
  helpers,
  onFix,
}: {
  warning: LoopWarningDto;
  helpers: BoardHelpers;
  onFix: (fix: WarningFix) => void;
}) {
  const [first] = warning.storyIds;
  const [candidate] = warning.candidates;
  const button = (label: string, fix: WarningFix, key?: string) => (
    <button key={key} type="button" className="button small-button" onClick={() => onFix(fix)}>
      {label}
    </button>
  );
  switch (warning.kind) {
    case 'uncovered-focus':
      return (
        <>
          {candidate &&
            warning.roundId &&
            button(`Add “${helpers.title(candidate)}”`, { kind: 'add', storyId: candidate, roundId: warning.roundId })}
          {button('Suggest a story', { kind: 'suggest' })}
        </>
      );
    case 'story-reused':
      return first
        ? button('Keep it in one round', { kind: 'remove', storyId: first, roundIds: warning.roundIds })
        : null;
    case 'unavailable-story':
      return first
        ? button('Remove it from the loop', { kind: 'remove', storyId: first, roundIds: warning.roundIds })
        : null;
    case 'told-before':
      if (!first || !warning.roundId) return null;
      return candidate
        ? button(`Swap in “${helpers.title(candidate)}”`, {
            kind: 'swap',
            storyId: first,
            replacementId: candidate,
            roundId: warning.roundId,
          })
        : button('Take it out', { kind: 'remove', storyId: first, roundIds: [warning.roundId] });
    case 'draft-story':
    case 'inconsistent-numbers':
      return (
        <>
          {warning.storyIds.map((id) =>
            button(
              `Open ${warning.storyIds.length > 1 ? `“${helpers.title(id)}”` : 'the story'}`,
              { kind: 'open-story', storyId: id },
              id,
            ),
          )}
        </>
      );
  }
}

export function WarningsPanel({
  warnings,
  helpers,
  onFix,
  hasFocus = true,
}: {
  warnings: readonly LoopWarningDto[];
  helpers: BoardHelpers;
  onFix: (fix: WarningFix) => void;
  /** False when no round still ahead has a focus: then no warning means nothing was checked, not all is well. */
  hasFocus?: boolean;
}) {
  const listRef = useRef<HTMLUListElement>(null);
  const below = useHiddenBelow(listRef, warnings.length);
  return (
    <section className="warnings-panel" aria-labelledby="warnings-title" data-testid="loop-warnings">
      <h3 id="warnings-title">
        Warnings <span className={`count-badge${warnings.length ? ' is-warn' : ' is-ok'}`}>{warnings.length}</span>
      </h3>
      <div
        role="status"
        aria-live="polite"
        className="sr-only"
      >{`${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}`}</div>
      {warnings.length === 0 && !hasFocus ? (
        <p className="muted small" data-testid="warnings-no-focus">
          Nothing to check yet: no round ahead has focus competencies. Use Edit loop to add what each round tests, or
          paste the job description, then press Suggest.
        </p>
      ) : warnings.length === 0 ? (
        <p className="warnings-ok">No warnings: every focus competency is covered by a ready story, once.</p>
      ) : (
        <ul className="warning-list" ref={listRef}>
          {warnings.map((w) => (
            <li key={w.id} className={`warning-item kind-${w.kind} is-${w.severity}`} data-kind={w.kind} tabIndex={-1}>
              <span className="warning-kind">{KIND_LABEL[w.kind]}</span>
              <p className="warning-message">{w.message}</p>
              <p className="warning-fix muted small">{w.fix}</p>
              <div className="warning-actions">
                <FixButtons warning={w} helpers={helpers} onFix={onFix} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && below.count > 0 && (
        <button type="button" className="link-button warnings-more" data-testid="warnings-more" onClick={below.reveal}>
          {`${below.count} more ${below.count === 1 ? 'warning' : 'warnings'} below`}
          <span aria-hidden="true"> ↓</span>
        </button>
      )}
    </section>
  );
}
