// After an attempt: how it went (1–5, each with what it means) and a short note, then log it.
import { paceOf, type TargetBand } from '#shared/practice/progress';
import { RATING_INFO, type SelfRating } from '#shared/practice/ratings';
import { clockText, spokenDuration } from '#shared/format/duration';
import { RatingButtons } from './RatingButtons';

interface Props {
  seconds: number;
  target: TargetBand;
  rating?: SelfRating;
  note: string;
  saving: boolean;
  error?: string;
  onRate(rating: SelfRating): void;
  onNote(note: string): void;
  onLog(): void;
  onDiscard(): void;
}

export function RatingForm({ seconds, target, rating, note, saving, error, onRate, onNote, onLog, onDiscard }: Props) {
  return (
    <section className="practice-card rating-form" aria-labelledby="rating-title">
      <h2 id="rating-title" className="card-title">
        How did that go? <span className="muted small">({spokenDuration(seconds)})</span>
      </h2>
      <RatingButtons rating={rating} onRate={onRate} labelledBy="rating-title" />
      <p className="muted small rating-meaning" aria-live="polite">
        {rating ? RATING_INFO[rating].meaning : 'Press 1–5.'}
      </p>
      <p className="small rating-timing" data-testid="rating-timing">
        {timing(seconds, target)}
      </p>
      <label className="note">
        <span className="small">
          Note <span className="muted">(optional)</span>
        </span>
        <textarea
          rows={2}
          maxLength={2000}
          value={note}
          placeholder="What to fix next time: a missing number, a long setup…"
          onChange={(e) => onNote(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              onLog();
            }
          }}
        />
      </label>
      {error && (
        <p className="error small" role="alert">
          {error}
        </p>
      )}
      <div className="rating-actions">
        <button type="button" className="button primary" onClick={onLog} disabled={saving}>
          Log attempt <kbd>Enter</kbd>
        </button>
        <button type="button" className="button" onClick={onDiscard} disabled={saving}>
          Discard <kbd>Esc</kbd>
        </button>
      </div>
    </section>
  );
}

/** The time the clock measured, against the target: a rating is about delivery, this line is about length. */
function timing(seconds: number, target: TargetBand): string {
  const band = `${clockText(target.min)}–${clockText(target.max)}`;
  const took = `Took ${spokenDuration(seconds)}`;
  switch (paceOf(seconds, target)) {
    case 'short':
      return `${took}: shorter than the ${band} target.`;
    case 'on-target':
      return `${took}: on time (target ${band}).`;
    case 'long':
      return `${took}: over the ${band} target.`;
    case 'overtime':
      return `${took}: past 3 minutes, well over the ${band} target.`;
  }
}
