// The drill: draw a question, pick the story to tell, speak against the clock, rate it, log it —
// all from the keyboard. The schedule ("Practice next") sits beside it and updates after each log.
// The drill in progress (and a running timer) survives switching views: see ../session-state.ts.
import { useCallback, useMemo, useState } from 'react';
import type { Story } from '#shared/domain/schemas';
import {
  drawQuestion,
  drillQuestionsFor,
  type DrawnQuestion,
  type DrillSource,
} from '#shared/practice/drill-questions';
import { practiceQueue, type QueueItem } from '#shared/practice/practice-queue';
import { isSelfRating, type SelfRating } from '#shared/practice/ratings';
import { errorMessage } from '#shared/api/errors';
import { suggestStoriesFor } from './suggest-stories';
import { useClock } from '../clock';
import { clockText } from '#shared/format/duration';
import type { PracticeData } from '../use-practice-data';
import { AttemptLog } from './AttemptLog';
import { CuesPanel } from './CuesPanel';
import { FollowUpRound } from './FollowUpRound';
import { KeyHelp } from './KeyHelp';
import { PracticeQueue } from '../queue/PracticeQueue';
import { QuestionCard } from './QuestionCard';
import { RatingForm } from './RatingForm';
import { StoryChoice } from './StoryChoice';
import { TimerDisplay } from './TimerDisplay';
import { useDrillKeys } from './use-drill-keys';
import { useStopwatch } from './use-stopwatch';
import { useSessionState } from '../../../data/session-state';

interface Attempt {
  seconds: number;
  at: string;
}

/** Questions asked in this sitting, most recent last; avoided while others remain. */
const RECENT_MAX = 20;

export function DrillPanel({ data }: { data: PracticeData }) {
  const clock = useClock();
  const watch = useStopwatch();
  const [source, setSource] = useSessionState<DrillSource>('drill.source', { kind: 'random' });
  const [drawn, setDrawn] = useSessionState<DrawnQuestion | undefined>('drill.drawn', undefined);
  const [noQuestion, setNoQuestion] = useState(false);
  const [recent, setRecent] = useSessionState<string[]>('drill.recent', []);
  const [storyId, setStoryId] = useSessionState<string | undefined>('drill.storyId', undefined);
  const [showCues, setShowCues] = useSessionState('drill.showCues', false);
  const [showPacing, setShowPacing] = useSessionState('drill.showPacing', true);
  const [attempt, setAttempt] = useSessionState<Attempt | undefined>('drill.attempt', undefined);
  const [rating, setRating] = useSessionState<SelfRating | undefined>('drill.rating', undefined);
  const [note, setNote] = useSessionState('drill.note', '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [logged, setLogged] = useState<string | undefined>();
  // While a follow-up is answered or rated, the drill's keys (Space, digits, Enter) belong to the round.
  const [roundActive, setRoundActive] = useState(false);

  const { stories, loops, questions, nameOf, target } = data;
  const askedCount = useMemo(() => data.interviews.reduce((n, e) => n + e.questions.length, 0), [data.interviews]);
  const story: Story | undefined = storyId ? stories.find((s) => s.id === storyId) : undefined;
  const rating_phase = attempt !== undefined && !watch.running;

  // Recomputed when the stories change (a logged attempt), not on every timer tick.
  const queue = useMemo(
    () => practiceQueue({ stories, loops, now: new Date(clock.now()), competencyName: nameOf }),
    [stories, loops, nameOf, clock],
  );
  const suggestions = useMemo(
    () => (drawn ? suggestStoriesFor(drawn.question, stories, nameOf, new Date(clock.now())) : []),
    [drawn, stories, nameOf, clock],
  );

  const show = useCallback(
    (next: DrawnQuestion | undefined, preferStory?: string) => {
      setDrawn(next);
      setNoQuestion(next === undefined);
      setLogged(undefined);
      if (!next) return;
      setRecent((r) => [...r, next.question.id].slice(-RECENT_MAX));
      // The best story for the question is preselected, so Space can start at once.
      setStoryId(
        preferStory ?? suggestStoriesFor(next.question, stories, nameOf, new Date(clock.now()))[0]?.story.id ?? storyId,
      );
    },
    [stories, storyId, nameOf, clock, setDrawn, setRecent, setStoryId],
  );

  const draw = useCallback(
    (from: DrillSource = source) => {
      show(drawQuestion({ questions, source: from, loops, recent, random: Math.random, interviews: data.interviews }));
    },
    [show, questions, source, loops, recent, data.interviews],
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
      watch.reset();
      setAttempt(undefined);
      show(next, item.story.id);
    },
    [questions, recent, show, watch, setAttempt],
  );

  const clearAttempt = useCallback(() => {
    setAttempt(undefined);
    setRating(undefined);
    setNote('');
    setError(undefined);
    watch.reset();
  }, [watch, setAttempt, setNote, setRating]);

  const start = useCallback(() => {
    if (!story) return false;
    clearAttempt();
    setLogged(undefined);
    watch.start();
    return true;
  }, [story, clearAttempt, watch]);

  const stop = useCallback(() => {
    // Whole seconds, as the clock showed them when it stopped: the clock, the status line and the log agree.
    const seconds = Math.floor(watch.stop());
    setAttempt({ seconds, at: new Date(clock.now() - seconds * 1000).toISOString() });
    return true;
  }, [watch, clock, setAttempt]);

  const log = useCallback(async (): Promise<boolean> => {
    if (!story || !attempt || saving) return false;
    setSaving(true);
    setError(undefined);
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
      clearAttempt();
      setLogged(
        `Logged ${clockText(seconds)}${rating ? `, rated ${rating}` : ''} on “${story.title || 'Untitled story'}”.`,
      );
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    } finally {
      setSaving(false);
    }
  }, [story, attempt, saving, data, rating, note, drawn, clearAttempt]);

  const actions = useMemo(
    () => ({
      space: () => (watch.running ? stop() : rating_phase ? false : start()),
      digit: (n: number) => {
        if (!rating_phase || !isSelfRating(n)) return false;
        setRating(n);
        return true;
      },
      enter: () => {
        if (!rating_phase) return false;
        void log();
        return true;
      },
      next: () => {
        if (watch.running) return false;
        if (rating_phase) void log().then((ok) => ok && draw());
        else draw();
        return true;
      },
      escape: () => {
        if (!watch.running && !rating_phase) return false;
        clearAttempt();
        return true;
      },
      toggleCues: () => {
        setShowCues((v) => !v);
        return true;
      },
      togglePacing: () => {
        setShowPacing((v) => !v);
        return true;
      },
    }),
    [watch.running, rating_phase, stop, start, log, draw, clearAttempt, setRating, setShowCues, setShowPacing],
  );
  useDrillKeys(actions, data.status === 'ready' && !roundActive);

  const busy = watch.running || saving;
  return (
    <div className="drill-layout">
      <div className="drill-main">
        <QuestionCard
          source={source}
          onSource={(s) => {
            setSource(s);
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
        />
        {drawn && (
          <StoryChoice
            suggestions={suggestions}
            stories={stories}
            selectedId={storyId}
            onSelect={setStoryId}
            disabled={busy || rating_phase}
          />
        )}
        {story && <CuesPanel story={story} shown={showCues} onToggle={() => setShowCues((v) => !v)} />}
        {story && <AttemptLog story={story} target={target} />}
      </div>
      {/* The timer and the rating stand beside the question, so a whole drill fits one screen. */}
      <div className="drill-side">
        {story && (
          <section className="practice-card timer-card" aria-label="Timer">
            <TimerDisplay
              elapsed={rating_phase && attempt ? attempt.seconds : watch.elapsed}
              running={watch.running}
              target={target}
              showPacing={showPacing}
            />
            <div className="timer-actions">
              {watch.running ? (
                <button type="button" className="button primary big" onClick={stop}>
                  Stop <kbd>Space</kbd>
                </button>
              ) : (
                <button type="button" className="button primary big" onClick={start} disabled={rating_phase || saving}>
                  {logged ? 'Try again' : 'Start'} <kbd>Space</kbd>
                </button>
              )}
              <label className="toggle small">
                <input type="checkbox" checked={showPacing} onChange={(e) => setShowPacing(e.target.checked)} /> Pacing
                marks <kbd>P</kbd>
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
            onRate={setRating}
            onNote={setNote}
            onLog={() => void log()}
            onDiscard={clearAttempt}
          />
        )}
        {story && logged && (
          <FollowUpRound key={logged} story={story} onLog={data.logAttempt} onActive={setRoundActive} />
        )}
        <aside className="drill-schedule" aria-label="Schedule and keys">
          <PracticeQueue items={queue} selectedId={storyId} onPractice={practiceItem} disabled={busy} />
          <KeyHelp />
        </aside>
      </div>
    </div>
  );
}
