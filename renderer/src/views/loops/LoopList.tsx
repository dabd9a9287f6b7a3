// The user's loops, soonest first, and the button to start a new one.
import type { InterviewEntry, Loop } from '#shared/domain/schemas';
import { roundProgress, roundProgressWords } from '#shared/loops/round-progress';

export function formatLoopDate(date?: string): string {
  if (!date) return 'No date';
  return new Date(`${date}T12:00:00`).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

export const byDate = (a: Loop, b: Loop) =>
  (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.company.localeCompare(b.company);

/** The loop to open first: the next one coming up, else the first in the list. */
export function nextLoop(loops: readonly Loop[], today: string): Loop | undefined {
  const sorted = [...loops].sort(byDate);
  return sorted.find((l) => (l.date ?? '9999') >= today) ?? sorted[0];
}

export function LoopList({
  loops,
  interviews,
  selectedId,
  onSelect,
  onNew,
}: {
  loops: readonly Loop[];
  /** The interview log: a round logged there counts as done, not as one still to plan. */
  interviews: readonly InterviewEntry[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onNew: () => void;
}) {
  return (
    <nav className="loop-list" aria-label="Loops">
      <button type="button" className="button primary loop-new" onClick={onNew}>
        New loop
      </button>
      {loops.length === 0 ? (
        <p className="muted small">No loops yet. Add the interview loop you are preparing for.</p>
      ) : (
        <ul>
          {[...loops].sort(byDate).map((loop) => {
            return (
              <li key={loop.id}>
                <button
                  type="button"
                  className="loop-list-item"
                  aria-current={loop.id === selectedId ? 'true' : undefined}
                  onClick={() => onSelect(loop.id)}
                >
                  <span className="loop-list-company">{loop.company || 'Untitled loop'}</span>
                  <span className="loop-list-meta">
                    {loop.role ? `${loop.role} · ` : ''}
                    {formatLoopDate(loop.date)}
                  </span>
                  <span className="loop-list-meta" data-testid="loop-progress">
                    {roundProgressWords(roundProgress(loop, interviews))}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
