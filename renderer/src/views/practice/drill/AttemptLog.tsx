// The chosen story's rehearsal log, newest first: when, which question, how long, how it went.
import type { Story } from '#shared/domain/schemas';
import { paceOf, type TargetBand } from '#shared/practice/progress';
import { RATING_INFO, isSelfRating } from '#shared/practice/ratings';
import { shortDateTime } from '../format';
import { clockText } from '#shared/format/duration';
import { FOLLOW_UP_SECONDS } from '#shared/practice/follow-up-round';

const PACE_TEXT = { short: 'short', 'on-target': 'on target', long: 'long', overtime: 'past 3 min' } as const;
const SHOWN = 8;

/**
 * How an attempt's time reads beside it: a whole telling against the target band; a follow-up answer
 * against its own 45 seconds, never against the band ("0:20 short" told a good follow-up it was thin).
 */
function paceLabel(r: Story['rehearsals'][number], target: TargetBand): { className: string; text: string } {
  if (r.followUp)
    return { className: 'follow-up', text: r.seconds >= FOLLOW_UP_SECONDS ? 'follow-up, time ran out' : 'follow-up' };
  const pace = paceOf(r.seconds, target);
  return { className: pace, text: PACE_TEXT[pace] };
}

/**
 * The log's count: whole tellings as attempts, follow-up answers apart ("1 attempt · 3 follow-up
 * answers"), as Progress and the schedule count them; one telling and its round read "4 attempts".
 */
export function attemptCount(rehearsals: Story['rehearsals']): string {
  const followUps = rehearsals.filter((r) => r.followUp).length;
  const tellings = rehearsals.length - followUps;
  const told = `${tellings} ${tellings === 1 ? 'attempt' : 'attempts'}`;
  return followUps === 0 ? told : `${told} · ${followUps} follow-up ${followUps === 1 ? 'answer' : 'answers'}`;
}

export function AttemptLog({ story, target }: { story: Story; target: TargetBand }) {
  const attempts = [...story.rehearsals].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="practice-card attempt-log" aria-labelledby="attempt-log-title">
      <h2 id="attempt-log-title" className="card-title">
        Log: {story.title || 'Untitled story'} <span className="muted small">{attemptCount(attempts)}</span>
      </h2>
      {attempts.length === 0 ? (
        <p className="muted small">No attempts yet. Your first one will show here.</p>
      ) : (
        <ol className="log-list" data-testid="attempt-log">
          {attempts.slice(0, SHOWN).map((r) => {
            const pace = paceLabel(r, target);
            return (
              <li key={r.id} className="log-item">
                <span className="log-when muted small">{shortDateTime(new Date(r.at))}</span>
                <span className={`log-time pace-${pace.className}`}>
                  {clockText(r.seconds)} <span className="small">{pace.text}</span>
                </span>
                <span className="attempt-rating">
                  {isSelfRating(r.rating) ? `${r.rating} · ${RATING_INFO[r.rating].label}` : 'not rated'}
                </span>
                {r.questionText && <span className="log-question small">{r.questionText}</span>}
                {r.note && <span className="log-note small muted">“{r.note}”</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
