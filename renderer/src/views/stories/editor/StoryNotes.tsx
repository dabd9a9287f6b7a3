// The story's free notes (sources for numbers, what to stress with whom, follow-ups to prepare) and
// where it has been told, from the interview log. Notes save like every other field (autosave).
import { useMemo } from 'react';
import { LIMITS } from '#shared/domain/limits';
import type { InterviewEntry, Story } from '#shared/domain/schemas';
import { storyTellings } from '#shared/interview-log/index';
import type { StoryPatch } from '../../../data/bank-store';

const OUTCOME: Record<InterviewEntry['outcome'], string> = {
  waiting: 'waiting to hear',
  passed: 'passed',
  rejected: 'rejected',
  offer: 'offer',
};

const day = (date: string) =>
  new Date(`${date}T12:00:00`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export function StoryNotes({
  story,
  interviews,
  onChange,
  onBlur,
}: {
  story: Story;
  interviews: readonly InterviewEntry[];
  onChange: (patch: StoryPatch) => void;
  onBlur: () => void;
}) {
  const tellings = useMemo(() => storyTellings(interviews, story.id), [interviews, story.id]);
  const over = story.notes.length > LIMITS.notes;
  return (
    <div className="story-extras">
      <div className="story-notes">
        <label htmlFor="story-notes" className="section-label">
          Notes
        </label>
        <p id="story-notes-hint" className="section-hint">
          Only for you: where a number comes from, what to stress with whom, follow-ups to prepare.
        </p>
        <textarea
          id="story-notes"
          className="text-input story-notes-input"
          rows={4}
          value={story.notes}
          aria-describedby={over ? 'story-notes-hint story-notes-error' : 'story-notes-hint'}
          aria-invalid={over ? true : undefined}
          onChange={(e) => onChange({ notes: e.target.value })}
          onBlur={onBlur}
        />
        {over && (
          <p id="story-notes-error" className="error small" role="alert">
            The notes are too long to save: {story.notes.length.toLocaleString('en-US')} characters, at most{' '}
            {LIMITS.notes.toLocaleString('en-US')}. Shorten them; nothing else is lost.
          </p>
        )}
      </div>
      <section className="told-at" aria-labelledby="told-at-title" data-testid="told-at">
        <h3 id="told-at-title" className="section-label">
          Told at
        </h3>
        {tellings.length === 0 ? (
          <p className="muted small">
            Not told in a logged interview yet. After a round, mark it as done in Loops to keep track.
          </p>
        ) : (
          <ul className="told-at-list">
            {tellings.map((t) => (
              <li key={t.entryId}>
                <strong>{t.company}</strong> · {t.roundName} · {day(t.date)}
                {t.interviewer ? ` · to ${t.interviewer}` : ''}
                <span className="muted">
                  {' '}
                  · {t.rating !== undefined ? `went ${t.rating}/5, ` : ''}
                  {OUTCOME[t.outcome]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
