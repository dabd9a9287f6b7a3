// The follow-up round after a logged answer: two or three of the questions an interviewer would ask
// next about this story, 45 seconds each on a countdown that stops itself, each rated and logged as a
// follow-up rehearsal of the story. Its state and transitions are in drill-state.ts; this draws them.
import { FOLLOW_UP_SECONDS } from '#shared/practice/follow-up-round';
import { useEffect, useRef } from 'react';
import { type SelfRating } from '#shared/practice/ratings';
import { clockText } from '#shared/format/duration';
import type { FollowUpRoundState } from './drill-state';
import { RatingButtons } from './RatingButtons';

interface Props {
  round: FollowUpRoundState;
  /** Seconds left for the answer under way. */
  remaining: number;
  onStart(): void;
  onStop(): void;
  onRate(rating: SelfRating): void;
  onLog(): void;
}

/** "3 answers, rated 3, 2, 5", or with some not rated "3 answers, rated 4, 2 not rated". */
export function roundSummary(ratings: readonly (SelfRating | undefined)[]): string {
  const rated = ratings.filter((r) => r !== undefined);
  const unrated = ratings.length - rated.length;
  const answers = `${ratings.length} ${ratings.length === 1 ? 'answer' : 'answers'}`;
  if (rated.length === 0) return `${answers}, not rated`;
  return `${answers}, rated ${rated.join(', ')}${unrated > 0 ? `, ${unrated} not rated` : ''}`;
}

export function FollowUpRound({ round, remaining, onStart, onStop, onRate, onLog }: Props) {
  const { questions, phase, rating, saving, error } = round;
  const doneNote = useRef<HTMLParagraphElement>(null);
  const done = phase.kind === 'done';
  // "Log and finish" goes away with the last answer: keyboard focus moves to what the round says, not to the page.
  useEffect(() => {
    if (done) doneNote.current?.focus();
  }, [done]);
  if (questions.length === 0) return null;
  const current = phase.kind === 'answering' || phase.kind === 'rating' ? questions[phase.index] : undefined;
  return (
    <section
      className="practice-card follow-up-round"
      aria-labelledby="follow-up-round-title"
      data-testid="follow-up-round"
    >
      <h2 id="follow-up-round-title" className="card-title">
        Follow-up round{' '}
        <span className="muted small">
          {questions.length} questions, {FOLLOW_UP_SECONDS} s each
        </span>
      </h2>
      {phase.kind === 'offer' && (
        <>
          <p className="small">The interviewer digs into your answer. Answer each follow-up in under 45 seconds.</p>
          <button type="button" className="button primary" onClick={onStart}>
            Start the follow-up round
          </button>
        </>
      )}
      {current && (
        <>
          <p className="muted small">
            Question {phase.kind === 'answering' || phase.kind === 'rating' ? phase.index + 1 : 0} of {questions.length}
          </p>
          <p className="follow-up-round-question" data-testid="follow-up-question">
            {current.question}
          </p>
          <p className="muted small">{current.why}</p>
        </>
      )}
      {phase.kind === 'answering' && (
        <div className="follow-up-round-timer">
          <span className="follow-up-countdown" data-testid="follow-up-countdown" aria-live="off">
            {clockText(remaining)}
          </span>
          <button type="button" className="button" onClick={onStop}>
            Done answering
          </button>
        </div>
      )}
      {phase.kind === 'rating' && (
        <div className="follow-up-round-rate">
          <p className="small" data-testid="follow-up-took">
            Answered in {clockText(phase.seconds)}
            {phase.seconds >= FOLLOW_UP_SECONDS ? ' (time ran out)' : ''}.
          </p>
          <RatingButtons rating={rating} onRate={onRate} label="How did that answer go?" />
          <button type="button" className="button primary" onClick={onLog} disabled={saving}>
            {phase.index + 1 < questions.length ? 'Log and ask the next' : 'Log and finish'}
          </button>
          {error && (
            <p className="error small" role="alert">
              Not logged: {error}
            </p>
          )}
        </div>
      )}
      {done && (
        <p role="status" className="logged-message" tabIndex={-1} ref={doneNote} data-testid="follow-up-done">
          Follow-up round logged: {roundSummary(round.ratings)}. Press <kbd>N</kbd> for the next question.
        </p>
      )}
    </section>
  );
}
