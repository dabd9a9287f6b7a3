// Preparing a round at a company you already met: which of its stories you told there before, when
// and to whom, and the numbers you said then beside the numbers the story gives now (shared/interview-log).
import type { NumberChange, ToldBeforeWarning } from '#shared/interview-log/index';
import { formatLoopDate } from './LoopList';

const CHANGE_LABEL: Record<NumberChange, string> = {
  changed: 'Changed since',
  dropped: 'No longer in the story',
  new: 'New since',
  same: 'Same',
};

export function ToldBeforeNotes({
  warnings,
  title,
  roundLabel,
}: {
  warnings: readonly ToldBeforeWarning[];
  title: (storyId: string) => string;
  roundLabel: string;
}) {
  if (warnings.length === 0) return null;
  return (
    <section className="told-before" aria-label={`Told before, ${roundLabel}`} data-testid="told-before">
      <h4 className="told-before-title">
        <span aria-hidden="true">↺</span> Told before at {warnings[0].company}
      </h4>
      <ul className="told-before-list">
        {warnings.map((w) => (
          <li key={w.storyId}>
            {w.tellings.map((t) => {
              const changed = t.numbers.filter((n) => n.change === 'changed' || n.change === 'dropped').length;
              return (
                <div key={t.entryId} className="told-before-telling">
                  <p className="told-before-line">
                    You told <strong>{title(w.storyId)}</strong> on {formatLoopDate(t.date)} in the {t.roundName} round
                    {t.interviewer ? `, to ${t.interviewer}` : ''}
                    {t.rating !== undefined ? ` (it went ${t.rating}/5)` : ''}.
                    {changed > 0 && (
                      <span className="told-before-flag">
                        {' '}
                        {changed === 1 ? 'A number you said then has' : `${changed} numbers you said then have`}{' '}
                        changed: say the same figures, or explain what changed.
                      </span>
                    )}
                  </p>
                  {t.numbers.length > 0 && (
                    <table className="told-before-numbers">
                      <caption className="sr-only">
                        Numbers for {title(w.storyId)}: said then and in the story now
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">Measure</th>
                          <th scope="col">Said then</th>
                          <th scope="col">In the story now</th>
                          <th scope="col">
                            <span className="sr-only">Change</span>
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {t.numbers.map((n) => (
                          <tr key={`${n.measure}|${n.unit}`} className={`change-${n.change}`}>
                            <th scope="row">{n.measure}</th>
                            <td>{n.then.join(', ') || '—'}</td>
                            <td>{n.now.join(', ') || '—'}</td>
                            <td>
                              <span className={`change-badge change-${n.change}`}>{CHANGE_LABEL[n.change]}</span>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </div>
              );
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
