// The follow-up round after a logged answer: two or three of the questions an interviewer would ask
// next about this story, 45 seconds each on a countdown that stops itself, each rated and logged as a
// follow-up rehearsal of the story.
import { useCallback, useEffect, useState } from 'react';
import type { Story } from '#shared/domain/schemas';
import { FOLLOW_UP_SECONDS, followUpRound } from '#shared/practice/follow-up-round';
import { type SelfRating } from '#shared/practice/ratings';
import { errorMessage } from '#shared/api/errors';
import { useClock } from '../clock';
import { clockText } from '#shared/format/duration';
import { RatingButtons } from './RatingButtons';

export interface FollowUpAnswer {
  storyId: string;
  seconds: number;
  at: string;
  rating?: SelfRating;
  questionText: string;
  followUp: true;
}

interface Props {
  story: Story;
  onLog(answer: FollowUpAnswer): Promise<unknown>;
  /** True while a question is being answered or rated, so the drill's keys stay out of the way. */
  onActive(active: boolean): void;
}

type Phase =
  | { kind: 'offer' }
  | { kind: 'answering'; index: number; startedAt: number }
  | { kind: 'rating'; index: number; seconds: number; at: string }
  | { kind: 'done'; ratings: (SelfRating | undefined)[] };

const TICK_MS = 200;

export function FollowUpRound({ story, onLog, onActive }: Props) {
  const clock = useClock();
  // Fixed for the round: editing the story elsewhere does not change the questions mid-way.
  const [questions] = useState(() => followUpRound(story));
  const [phase, setPhase] = useState<Phase>({ kind: 'offer' });
  const [rating, setRating] = useState<SelfRating | undefined>();
  const [ratings, setRatings] = useState<(SelfRating | undefined)[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [, setTick] = useState(0);

  const active = phase.kind === 'answering' || phase.kind === 'rating';
  useEffect(() => onActive(active), [active, onActive]);
  useEffect(() => () => onActive(false), [onActive]);

  const stop = useCallback(() => {
    if (phase.kind !== 'answering') return;
    const seconds = Math.min(FOLLOW_UP_SECONDS, Math.floor((clock.now() - phase.startedAt) / 1000));
    setPhase({ kind: 'rating', index: phase.index, seconds, at: new Date(phase.startedAt).toISOString() });
  }, [phase, clock]);

  // The countdown ticks the display and stops the answer itself at 45 seconds.
  useEffect(() => {
    if (phase.kind !== 'answering') return;
    return clock.every(TICK_MS, () => {
      if (clock.now() - phase.startedAt >= FOLLOW_UP_SECONDS * 1000) stop();
      else setTick((t) => t + 1);
    });
  }, [phase, clock, stop]);

  const ask = useCallback(
    (index: number) => {
      setRating(undefined);
      setError(undefined);
      setPhase({ kind: 'answering', index, startedAt: clock.now() });
    },
    [clock],
  );

  const log = useCallback(async () => {
    if (phase.kind !== 'rating' || saving) return;
    setSaving(true);
    setError(undefined);
    try {
      await onLog({
        storyId: story.id,
        seconds: phase.seconds,
        at: phase.at,
        ...(rating ? { rating } : {}),
        questionText: questions[phase.index].question,
        followUp: true,
      });
      const next = [...ratings, rating];
      setRatings(next);
      if (phase.index + 1 < questions.length) ask(phase.index + 1);
      else setPhase({ kind: 'done', ratings: next });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  }, [phase, saving, onLog, story.id, rating, questions, ratings, ask]);

  // Re-rendered on every tick while answering.
  const remaining =
    phase.kind === 'answering'
      ? Math.max(0, FOLLOW_UP_SECONDS - Math.floor((clock.now() - phase.startedAt) / 1000))
      : 0;

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
          <button type="button" className="button primary" onClick={() => ask(0)}>
            Start the follow-up round
          </button>
        </>
      )}
      {current && (
        <>
          <p className="muted small">
            Question {phase.kind !== 'offer' && phase.kind !== 'done' ? phase.index + 1 : 0} of {questions.length}
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
          <button type="button" className="button" onClick={stop}>
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
          <RatingButtons rating={rating} onRate={setRating} label="How did that answer go?" />
          <button type="button" className="button primary" onClick={() => void log()} disabled={saving}>
            {phase.index + 1 < questions.length ? 'Log and ask the next' : 'Log and finish'}
          </button>
          {error && (
            <p className="error small" role="alert">
              Not logged: {error}
            </p>
          )}
        </div>
      )}
      {phase.kind === 'done' && (
        <p role="status" className="logged-message">
          Follow-up round logged: {phase.ratings.length} answers
          {phase.ratings.some((r) => r !== undefined) ? `, rated ${phase.ratings.map((r) => r ?? '–').join(', ')}` : ''}
          .
        </p>
      )}
    </section>
  );
}
