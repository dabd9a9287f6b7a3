// The drill: draw a question, pick the story to tell, speak against the clock, rate it, log it —
// all from the keyboard. The schedule ("Practice next") sits beside it and updates after each log.
// The drill in progress (and a running timer) survives switching views. Its state is one pure reducer
// (drill-state.ts); this view draws it and dispatches: keys, clicks, clock ticks and the server's answers.
import { useCallback, useEffect, useMemo } from 'react';
import type { Story } from '#shared/domain/schemas';
import { drawQuestion, drillQuestionsFor, type DrillSource } from '#shared/practice/drill-questions';
import { followUpRound } from '#shared/practice/follow-up-round';
import { practiceQueue, type QueueItem } from '#shared/practice/practice-queue';
import { isSelfRating } from '#shared/practice/ratings';
import { errorMessage } from '#shared/api/errors';
import { suggestStoriesFor } from './suggest-stories';
import { useClock } from '../clock';
import { clockText } from '#shared/format/duration';
import type { PracticeData } from '../use-practice-data';
import { AttemptLog } from './AttemptLog';
import { CuesPanel } from './CuesPanel';
import {
  clockRunning,
  drillReducer,
  elapsedSeconds,
  followUpAnswer,
  freshDrill,
  resumedDrill,
  roundActive,
  roundSecondsLeft,
} from './drill-state';
import { FollowUpRound } from './FollowUpRound';
import { KeyHelp } from './KeyHelp';
import { PracticeQueue } from '../queue/PracticeQueue';
import { QuestionCard } from './QuestionCard';
import { RatingForm } from './RatingForm';
import { StoryChoice } from './StoryChoice';
import { TimerDisplay } from './TimerDisplay';
import { useDrillKeys } from './use-drill-keys';
import { useSessionReducer } from '../../../data/session-state';
import { startAction } from '../../../app/start-action';

// Running clocks refresh the display this often; elapsed time is always now − start, so it is exact.
const TICK_MS = 200;

export function DrillPanel({ data }: { data: PracticeData }) {
  const clock = useClock();
  // The drill in progress (and a running timer) is remembered across views.
  const [state, dispatch] = useSessionReducer(
    'drill',
    drillReducer,
    () => freshDrill(clock.now()),
    (remembered) => resumedDrill(remembered, clock.now()),
  );
  const { source, drawn, noQuestion, recent, storyId, showCues, showPacing, rating, note, saving, error, logged } =
    state;
  const running = state.clock.kind === 'running';
  const attempt = state.clock.kind === 'rating' ? state.clock : undefined;
  const rating_phase = attempt !== undefined;

  const ticking = clockRunning(state);
  useEffect(() => {
    if (!ticking) return;
    return clock.every(TICK_MS, () => dispatch({ type: 'tick', now: clock.now() }));
  }, [clock, ticking, dispatch]);

  const { stories, loops, questions, nameOf, target } = data;
  const askedCount = useMemo(() => data.interviews.reduce((n, e) => n + e.questions.length, 0), [data.interviews]);
  const story: Story | undefined = storyId ? stories.find((s) => s.id === storyId) : undefined;

  // Recomputed when the stories change (a logged attempt), not on every timer tick.
  const queue = useMemo(
    () =>
      practiceQueue({
        stories,
        loops,
        interviews: data.interviews,
        now: new Date(clock.now()),
        competencyName: nameOf,
      }),
    [stories, loops, data.interviews, nameOf, clock],
  );
  const suggestions = useMemo(
    () => (drawn ? suggestStoriesFor(drawn.question, stories, nameOf, new Date(clock.now())) : []),
    [drawn, stories, nameOf, clock],
  );

  const draw = useCallback(
    (from: DrillSource = source) => {
      const next = drawQuestion({
        questions,
        source: from,
        loops,
        recent,
        random: Math.random,
        interviews: data.interviews,
      });
      // The best story for the question is preselected, so Space can start at once.
      const best = next && suggestStoriesFor(next.question, stories, nameOf, new Date(clock.now()))[0]?.story.id;
      dispatch({ type: 'show', drawn: next, storyId: best });
    },
    [questions, source, loops, recent, data.interviews, stories, nameOf, clock, dispatch],
  );

  const practiceItem = useCallback(
    (item: QueueItem) => {
      const pool = drillQuestionsFor(questions, item.story.competencies);
      const next = drawQuestion({
        questions: pool.length > 0 ? pool : questions,
        source: { kind: 'random' },
        recent,
        random: Math.random,
      });
      dispatch({ type: 'show', drawn: next, storyId: item.story.id, resetClock: true });
    },
    [questions, recent, dispatch],
  );

  const start = useCallback(() => {
    if (!story) return false;
    dispatch({ type: 'start', now: clock.now() });
    return true;
  }, [story, clock, dispatch]);

  const stop = useCallback(() => {
    dispatch({ type: 'stop', now: clock.now() });
    return true;
  }, [clock, dispatch]);

  const discard = useCallback(() => dispatch({ type: 'discard' }), [dispatch]);

  const log = useCallback(async (): Promise<boolean> => {
    if (!story || !attempt || saving) return false;
    dispatch({ type: 'logStarted' });
    try {
      const seconds = Math.round(attempt.seconds);
      await data.logAttempt({
        storyId: story.id,
        seconds,
        at: attempt.at,
        ...(rating ? { rating } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(drawn ? { questionId: drawn.question.id, questionText: drawn.question.text } : {}),
      });
      dispatch({
        type: 'logged',
        message: `Logged ${clockText(seconds)}${rating ? `, rated ${rating}` : ''} on “${story.title || 'Untitled story'}”.`,
        storyId: story.id,
        // Fixed for the round: editing the story elsewhere does not change the questions mid-way.
        followUps: followUpRound(story),
      });
      return true;
    } catch (e) {
      dispatch({ type: 'logFailed', error: errorMessage(e) });
      return false;
    }
  }, [story, attempt, saving, data, rating, note, drawn, dispatch]);

  const logFollowUp = useCallback(async () => {
    const answer = state.round && !state.round.saving ? followUpAnswer(state.round) : null;
    if (!answer) return;
    dispatch({ type: 'roundLogStarted' });
    try {
      await data.logAttempt(answer);
      dispatch({ type: 'roundLogged', now: clock.now() });
    } catch (e) {
      dispatch({ type: 'roundLogFailed', error: errorMessage(e) });
    }
  }, [state.round, data, clock, dispatch]);

  const actions = useMemo(
    () => ({
      space: () => (running ? stop() : rating_phase ? false : start()),
      digit: (n: number) => {
        if (!rating_phase || !isSelfRating(n)) return false;
        dispatch({ type: 'rate', rating: n });
        return true;
      },
      enter: () => {
        if (!rating_phase) return false;
        startAction(log());
        return true;
      },
      next: () => {
        if (running) return false;
        if (rating_phase) startAction(log().then((ok) => ok && draw()));
        else draw();
        return true;
      },
      escape: () => {
        if (!running && !rating_phase) return false;
        discard();
        return true;
      },
      toggleCues: () => {
        dispatch({ type: 'toggleCues' });
        return true;
      },
      togglePacing: () => {
        dispatch({ type: 'setPacing', shown: !showPacing });
        return true;
      },
    }),
    [running, rating_phase, stop, start, log, draw, discard, showPacing, dispatch],
  );
  // While a follow-up is answered or rated, the drill's keys (Space, digits, Enter) belong to the round.
  useDrillKeys(actions, data.status === 'ready' && !roundActive(state));

  const busy = running || saving;
  return (
    <div className="drill-layout">
      <div className="drill-main">
        <QuestionCard
          source={source}
          onSource={(s) => {
            dispatch({ type: 'source', source: s });
            draw(s);
          }}
          drawn={drawn}
          empty={noQuestion}
          loops={loops}
          askedCount={askedCount}
          framework={data.framework}
          nameOf={nameOf}
          onDraw={() => draw()}
          disabled={busy}
          hasQueue={queue.length > 0}
        />
        {drawn && (
          <StoryChoice
            suggestions={suggestions}
            stories={stories}
            selectedId={storyId}
            onSelect={(id) => dispatch({ type: 'selectStory', storyId: id })}
            disabled={busy || rating_phase}
          />
        )}
        {story && <CuesPanel story={story} shown={showCues} onToggle={() => dispatch({ type: 'toggleCues' })} />}
        {story && <AttemptLog story={story} target={target} />}
      </div>
      {/* The timer and the rating stand beside the question, so a whole drill fits one screen. */}
      <div className="drill-side">
        {story && (
          <section className="practice-card timer-card" aria-label="Timer">
            <TimerDisplay elapsed={elapsedSeconds(state)} running={running} target={target} showPacing={showPacing} />
            <div className="timer-actions">
              {running ? (
                <button type="button" className="button primary big" onClick={stop}>
                  Stop <kbd>Space</kbd>
                </button>
              ) : (
                <button type="button" className="button primary big" onClick={start} disabled={rating_phase || saving}>
                  {logged ? 'Try again' : 'Start'} <kbd>Space</kbd>
                </button>
              )}
              <label className="toggle small">
                <input
                  type="checkbox"
                  checked={showPacing}
                  onChange={(e) => dispatch({ type: 'setPacing', shown: e.target.checked })}
                />{' '}
                Pacing marks <kbd>P</kbd>
              </label>
            </div>
            {logged && (
              <p className="logged-message" role="status">
                {logged} Press <kbd>N</kbd> for the next question.
              </p>
            )}
          </section>
        )}
        {rating_phase && attempt && (
          <RatingForm
            seconds={attempt.seconds}
            target={target}
            rating={rating}
            note={note}
            saving={saving}
            error={error}
            onRate={(r) => dispatch({ type: 'rate', rating: r })}
            onNote={(text) => dispatch({ type: 'note', note: text })}
            onLog={() => startAction(log())}
            onDiscard={discard}
          />
        )}
        {story && logged && state.round && (
          <FollowUpRound
            round={state.round}
            remaining={roundSecondsLeft(state)}
            onStart={() => dispatch({ type: 'roundStart', now: clock.now() })}
            onStop={() => dispatch({ type: 'roundStop', now: clock.now() })}
            onRate={(r) => dispatch({ type: 'roundRate', rating: r })}
            onLog={() => startAction(logFollowUp())}
          />
        )}
        <aside className="drill-schedule" aria-label="Schedule and keys">
          <PracticeQueue items={queue} selectedId={storyId} onPractice={practiceItem} disabled={busy} />
          <KeyHelp />
        </aside>
      </div>
    </div>
  );
}
