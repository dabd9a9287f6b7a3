// One company: where the process stands, the rounds as they happened (stories told, questions asked,
// how it went), the planned rounds still to come, and numbers said there that disagree with a story.
import type { InterviewEntry } from '#shared/domain/schemas';
import type { CompanyTimeline } from '#shared/interview-log/index';
import type { NumberConflict } from '#shared/loops/number-conflicts';
import { formatLoopDate } from '../loops/LoopList';
import { stateLabel } from './CompanyList';
import { OUTCOME_LABEL, RATING_LABEL } from './log-entry/entry-form';

export interface CompanyDetailProps {
  timeline: CompanyTimeline;
  title: (storyId: string) => string;
  conflicts: readonly NumberConflict[];
  onEdit: (entry: InterviewEntry) => void;
  onDelete: (entry: InterviewEntry) => void;
  onMarkDone: (loopId: string, roundId: string) => void;
}

export function CompanyDetail({ timeline, title, conflicts, onEdit, onDelete, onMarkDone }: CompanyDetailProps) {
  const entryIds = new Set(timeline.entries.map((e) => e.id));
  const entryById = new Map(timeline.entries.map((e) => [e.id, e]));
  const mine = conflicts.filter((c) => c.stories.some((s) => s.entryId !== undefined && entryIds.has(s.entryId)));
  const roles = [...new Set([...timeline.loops.map((l) => l.role), ...timeline.entries.map((e) => e.role)])].filter(
    Boolean,
  );
  const side = (s: NumberConflict['stories'][number]) => {
    const entry = s.entryId ? entryById.get(s.entryId) : undefined;
    return entry
      ? `you said ${s.values.join(', ')} in the ${entry.roundName} round (${formatLoopDate(entry.date)})`
      : `“${title(s.storyId)}” says ${s.values.join(', ')} now`;
  };

  return (
    <section className="company-detail" aria-labelledby="company-title">
      <header className="company-header">
        <h2 id="company-title">{timeline.company}</h2>
        <p className="muted">
          <span className={`state-badge state-${timeline.state}`}>{stateLabel(timeline)}</span>
          {roles.length > 0 && <> · {roles.join(', ')}</>}
          {' · '}
          {timeline.entries.length} {timeline.entries.length === 1 ? 'round' : 'rounds'} logged
        </p>
      </header>

      {mine.length > 0 && (
        <section className="company-conflicts" aria-labelledby="company-conflicts-title">
          <h3 id="company-conflicts-title">Numbers that disagree with what you said</h3>
          <ul>
            {mine.map((c) => (
              <li key={`${c.project}|${c.measure}|${c.unit}|${c.stories.map((s) => s.entryId ?? s.storyId).join()}`}>
                {c.measure} for {c.project}: {side(c.stories[0])}, but {side(c.stories[1])}.
              </li>
            ))}
          </ul>
        </section>
      )}

      {timeline.entries.length === 0 ? (
        <p className="muted">
          Nothing logged here yet. After a round, mark it as done below (or use “Log a round”) to keep what you told
          them.
        </p>
      ) : (
        <ol className="company-timeline" aria-label={`Rounds at ${timeline.company}`}>
          {timeline.entries.map((entry) => (
            <li key={entry.id} className="timeline-entry" data-testid="timeline-entry">
              <div className="timeline-head">
                <h3 className="timeline-title">
                  {entry.roundName} <span className="muted timeline-date">{formatLoopDate(entry.date)}</span>
                </h3>
                <span className={`state-badge state-${entry.outcome}`}>{OUTCOME_LABEL[entry.outcome]}</span>
                <span className="toolbar-spacer" />
                <button
                  type="button"
                  className="button small-button"
                  aria-label={`Edit the ${entry.roundName} round of ${entry.date}`}
                  onClick={() => onEdit(entry)}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="button small-button danger"
                  aria-label={`Delete the ${entry.roundName} round of ${entry.date}`}
                  onClick={() => onDelete(entry)}
                >
                  Delete
                </button>
              </div>
              <p className="muted small timeline-meta">
                {[
                  entry.role,
                  entry.interviewer ? `with ${entry.interviewer}` : '',
                  entry.rating !== undefined ? `went ${entry.rating}/5 (${RATING_LABEL[entry.rating]})` : 'not rated',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <div className="timeline-columns">
                <div>
                  <h4>Stories told</h4>
                  {entry.stories.length === 0 ? (
                    <p className="muted small">None noted.</p>
                  ) : (
                    <ul>
                      {entry.stories.map((s) => (
                        <li key={s.storyId}>
                          {title(s.storyId)}
                          {s.numbersSaid.length > 0 && (
                            <span className="muted small"> · said {s.numbersSaid.join(', ')}</span>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
                <div>
                  <h4>Questions asked</h4>
                  {entry.questions.length === 0 ? (
                    <p className="muted small">None noted.</p>
                  ) : (
                    <ul>
                      {entry.questions.map((q, i) => (
                        <li key={i}>
                          {q.text}
                          {q.rating !== undefined && <span className="muted small"> · answer {q.rating}/5</span>}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              </div>
              {entry.notes.trim() && <p className="timeline-notes">{entry.notes}</p>}
            </li>
          ))}
        </ol>
      )}

      {timeline.upcoming.length > 0 && (
        <section className="company-upcoming" aria-labelledby="company-upcoming-title">
          <h3 id="company-upcoming-title">Planned, not logged yet</h3>
          <ul>
            {timeline.upcoming.map((u) => (
              <li key={u.roundId}>
                <span>{u.roundName || 'Round'}</span>
                <button
                  type="button"
                  className="button small-button"
                  aria-label={`Mark as done: ${u.roundName || 'Round'}`}
                  onClick={() => onMarkDone(u.loopId, u.roundId)}
                >
                  Mark as done
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
