// What could go wrong in this loop, each with the button that fixes it (or takes you to the fix).
import type { LoopWarningDto } from '../../../../shared/api/channels/loops-planning';
import type { BoardHelpers } from './use-board-helpers';

export type WarningFix =
  | { kind: 'suggest' }
  | { kind: 'open-story'; storyId: string }
  | { kind: 'remove'; storyId: string; roundIds: string[] };

const KIND_LABEL: Record<LoopWarningDto['kind'], string> = {
  'uncovered-focus': 'Uncovered focus',
  'reused-story': 'Story reused',
  'draft-story': 'Draft',
  'inconsistent-numbers': 'Numbers disagree',
  'told-before': 'Told before',
};

function FixButtons({ warning, helpers, onFix }: { warning: LoopWarningDto; helpers: BoardHelpers; onFix: (fix: WarningFix) => void }) {
  const [first] = warning.storyIds;
  switch (warning.kind) {
    case 'uncovered-focus':
      return <button type="button" className="button small-button" onClick={() => onFix({ kind: 'suggest' })}>Suggest a story</button>;
    case 'reused-story':
      return first ? (
        <button type="button" className="button small-button" onClick={() => onFix({ kind: 'remove', storyId: first, roundIds: warning.roundIds })}>
          Keep it in one round
        </button>
      ) : null;
    case 'told-before':
      return first && warning.roundId ? (
        <button type="button" className="button small-button" onClick={() => onFix({ kind: 'remove', storyId: first, roundIds: [warning.roundId!] })}>
          Take it out
        </button>
      ) : null;
    case 'draft-story':
    case 'inconsistent-numbers':
      return (
        <>
          {warning.storyIds.map((id) => (
            <button key={id} type="button" className="button small-button" onClick={() => onFix({ kind: 'open-story', storyId: id })}>
              Open {warning.storyIds.length > 1 ? `“${helpers.title(id)}”` : 'the story'}
            </button>
          ))}
        </>
      );
  }
}

export function WarningsPanel({ warnings, helpers, onFix }: { warnings: readonly LoopWarningDto[]; helpers: BoardHelpers; onFix: (fix: WarningFix) => void }) {
  return (
    <section className="warnings-panel" aria-labelledby="warnings-title" data-testid="loop-warnings">
      <h3 id="warnings-title">
        Warnings <span className={`count-badge${warnings.length ? ' is-warn' : ' is-ok'}`}>{warnings.length}</span>
      </h3>
      <div role="status" aria-live="polite" className="sr-only">{`${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}`}</div>
      {warnings.length === 0 ? (
        <p className="warnings-ok">No warnings: every focus competency is covered by a ready story, once.</p>
      ) : (
        <ul className="warning-list">
          {warnings.map((w) => (
            <li key={w.id} className={`warning-item kind-${w.kind}`} data-kind={w.kind}>
              <span className="warning-kind">{KIND_LABEL[w.kind]}</span>
              <p className="warning-message">{w.message}</p>
              <p className="warning-fix muted small">{w.fix}</p>
              <div className="warning-actions"><FixButtons warning={w} helpers={helpers} onFix={onFix} /></div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
