// The senior signals of the story as a checklist beside readiness: what it shows (click to highlight
// the sentences in the editor) and, for what it lacks, a question that quotes the story. Signals the
// story's competencies need come first and say which competency asks for them.
import type { SignalEvidence, SignalId, StorySignal, StorySignals } from '#shared/analysis/index';
import { SIGNALS } from '#shared/analysis/index';

const MARK: Record<StorySignal['status'], string> = { present: '✓', unsure: '?', missing: '○' };

export interface SignalsChecklistProps {
  signals: StorySignals;
  /** Signal id → names of the story's competencies that need it. */
  neededBy: ReadonlyMap<SignalId, readonly string[]>;
  /** The signal whose evidence is highlighted now, if any. */
  active: SignalId | null;
  onShowEvidence: (id: SignalId | null, evidence: readonly SignalEvidence[]) => void;
}

export function SignalsChecklist({ signals, neededBy, active, onShowEvidence }: SignalsChecklistProps) {
  const list = [...signals.signals].sort((a, b) => Number(neededBy.has(b.id)) - Number(neededBy.has(a.id)));
  const shown = list.filter((s) => s.present).length;
  const needed = list.filter((s) => neededBy.has(s.id));
  const neededShown = needed.filter((s) => s.present).length;
  return (
    <section className="insight-card signals" aria-labelledby="signals-heading" data-testid="signals-checklist">
      <div className="signals-head">
        <h2 id="signals-heading" className="insight-title">
          Senior signals
        </h2>
        <span className="signals-count">
          {shown} of {list.length} shown
          {needed.length > 0 && ` · ${neededShown} of the ${needed.length} needed`}
        </span>
      </div>
      <ul className="signals-list">
        {list.map((s) => {
          const info = SIGNALS[s.id];
          const askedBy = neededBy.get(s.id);
          const head = (
            <>
              {/* Not clearly shown is not missing: its own mark, so the two read differently at a glance. */}
              <span className={`signal-mark is-${s.status}`} aria-hidden="true">
                {MARK[s.status]}
              </span>
              <span className="signal-label">{info.label}</span>
              {askedBy && <span className="signal-needed">needed for {askedBy.join(', ')}</span>}
            </>
          );
          return (
            <li key={s.id} className={`signal ${s.present ? 'present' : 'missing'}`} data-signal={s.id}>
              {s.present ? (
                <button
                  type="button"
                  className="signal-row"
                  aria-pressed={active === s.id}
                  title={info.description}
                  onClick={() => onShowEvidence(active === s.id ? null : s.id, active === s.id ? [] : s.evidence)}
                >
                  {head}
                  <span className="signal-evidence-count">
                    {s.evidence.length} {s.evidence.length === 1 ? 'sentence' : 'sentences'}
                  </span>
                  <span className="sr-only">{active === s.id ? ', highlighted' : ', show in the story'}</span>
                </button>
              ) : (
                <details className="signal-row" open={askedBy !== undefined && s.status === 'missing'}>
                  <summary title={info.description}>
                    {head}
                    <span className="sr-only">{s.status === 'missing' ? ' — missing' : ' — not clearly shown'}</span>
                  </summary>
                  {s.status === 'missing' ? (
                    <p className="signal-prompt">{s.prompt}</p>
                  ) : (
                    // A likely phrasing is there: asking the writer to add it could ask for what is already written.
                    <p className="signal-prompt signal-unsure">
                      Not clearly shown: the story may say this in words the checker does not know. What to look for:{' '}
                      {info.description}
                    </p>
                  )}
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
