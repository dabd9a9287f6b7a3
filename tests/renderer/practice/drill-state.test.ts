// The drill's reducer on its own: every transition from actions that carry the time, without a clock
// or a page. The e2e tests (practice*.test.ts) drive the same reducer through the view.
import { describe, expect, it } from 'vitest';
import type { FollowUp } from '#shared/analysis/index';
import type { Question } from '#shared/domain/schemas';
import type { DrawnQuestion } from '#shared/practice/drill-questions';
import {
  clockRunning,
  drillReducer,
  elapsedSeconds,
  followUpAnswer,
  freshDrill,
  RECENT_MAX,
  resumedDrill,
  roundActive,
  roundSecondsLeft,
  type DrillAction,
  type DrillState,
} from '../../../renderer/src/views/practice/drill/drill-state';

const T0 = Date.UTC(2026, 2, 1, 9, 0, 0);
const question = (id: string): DrawnQuestion => ({
  question: { id, text: `Question ${id}`, competencies: [] } as unknown as Question,
  targets: [],
});
const followUp = (n: number): FollowUp =>
  ({ question: `Follow-up ${n}?`, why: 'why', anchor: { text: 'x' }, kind: 'metric' }) as unknown as FollowUp;

const run = (actions: DrillAction[], from: DrillState = freshDrill(T0)) => actions.reduce(drillReducer, from);

/** A drill with a question shown and story s1 chosen. */
const ready = () => run([{ type: 'show', drawn: question('q1'), storyId: 's1' }]);

describe('drill: question and story', () => {
  it('shows a drawn question, preselects the story and remembers the question as recent', () => {
    const s = ready();
    expect(s.drawn?.question.id).toBe('q1');
    expect(s.storyId).toBe('s1');
    expect(s.recent).toEqual(['q1']);
    expect(s.noQuestion).toBe(false);
  });

  it('says so when no question was found, keeping the story and the recent list', () => {
    const s = run([{ type: 'show', drawn: undefined }], ready());
    expect(s.drawn).toBeUndefined();
    expect(s.noQuestion).toBe(true);
    expect(s.storyId).toBe('s1');
    expect(s.recent).toEqual(['q1']);
  });

  it('keeps the last 20 questions asked', () => {
    const s = run(Array.from({ length: 25 }, (_, i) => ({ type: 'show', drawn: question(`q${i}`) }) as DrillAction));
    expect(s.recent).toHaveLength(RECENT_MAX);
    expect(s.recent[0]).toBe('q5');
    expect(s.recent.at(-1)).toBe('q24');
  });

  it('keeps the chosen story when a draw suggests none', () => {
    const s = run([{ type: 'show', drawn: question('q2') }], ready());
    expect(s.storyId).toBe('s1');
  });
});

describe('drill: the clock', () => {
  it('runs, ticks, and stops in whole seconds for rating, the start time derived from them', () => {
    let s = run([{ type: 'start', now: T0 }], ready());
    expect(s.clock).toEqual({ kind: 'running', startedAt: T0 });
    expect(clockRunning(s)).toBe(true);
    s = drillReducer(s, { type: 'tick', now: T0 + 30_400 });
    expect(elapsedSeconds(s)).toBeCloseTo(30.4);
    s = drillReducer(s, { type: 'stop', now: T0 + 95_900 });
    expect(s.clock).toEqual({ kind: 'rating', seconds: 95, at: new Date(T0 + 900).toISOString() });
    expect(elapsedSeconds(s)).toBe(95);
    expect(clockRunning(s)).toBe(false);
  });

  it('ignores stop when nothing runs, and a rating outside the rating phase', () => {
    const s = ready();
    expect(drillReducer(s, { type: 'stop', now: T0 + 5_000 })).toBe(s);
    expect(drillReducer(s, { type: 'rate', rating: 3 })).toBe(s);
  });

  it('discards a running or stopped attempt with its rating and note', () => {
    const rated = run(
      [
        { type: 'start', now: T0 },
        { type: 'stop', now: T0 + 60_000 },
        { type: 'rate', rating: 4 },
        { type: 'note', note: 'Too long on the Situation' },
      ],
      ready(),
    );
    expect(rated.rating).toBe(4);
    const gone = drillReducer(rated, { type: 'discard' });
    expect(gone.clock).toEqual({ kind: 'idle' });
    expect(gone.rating).toBeUndefined();
    expect(gone.note).toBe('');
    expect(drillReducer(run([{ type: 'start', now: T0 }], ready()), { type: 'discard' }).clock.kind).toBe('idle');
  });

  it('practising a queue item drops the attempt under way', () => {
    const s = run(
      [
        { type: 'start', now: T0 },
        { type: 'show', drawn: question('q9'), storyId: 's2', resetClock: true },
      ],
      ready(),
    );
    expect(s.clock.kind).toBe('idle');
    expect(s.storyId).toBe('s2');
  });
});

describe('drill: logging', () => {
  const rated = () =>
    run(
      [
        { type: 'start', now: T0 },
        { type: 'stop', now: T0 + 95_000 },
        { type: 'rate', rating: 4 },
        { type: 'note', note: 'Good pace' },
      ],
      ready(),
    );

  it('keeps the attempt and shows the error when the log fails', () => {
    let s = drillReducer(rated(), { type: 'logStarted' });
    expect(s.saving).toBe(true);
    s = drillReducer(s, { type: 'logFailed', error: 'The bank is locked.' });
    expect(s.saving).toBe(false);
    expect(s.error).toBe('The bank is locked.');
    expect(s.clock.kind).toBe('rating');
    expect(s.note).toBe('Good pace');
  });

  it('clears the attempt once logged, says what was logged, and offers the follow-up round', () => {
    const s = run(
      [
        { type: 'logStarted' },
        { type: 'logged', message: 'Logged 1:35, rated 4.', storyId: 's1', followUps: [followUp(1), followUp(2)] },
      ],
      rated(),
    );
    expect(s.clock.kind).toBe('idle');
    expect(s.rating).toBeUndefined();
    expect(s.note).toBe('');
    expect(s.saving).toBe(false);
    expect(s.logged).toBe('Logged 1:35, rated 4.');
    expect(s.round?.phase).toEqual({ kind: 'offer' });
    expect(roundActive(s)).toBe(false);
  });

  it('offers no round when the story gives too few follow-ups, and a new start drops the message', () => {
    const s = run([{ type: 'logged', message: 'Logged.', storyId: 's1', followUps: [] }], rated());
    expect(s.round).toBeNull();
    const again = drillReducer(s, { type: 'start', now: T0 + 200_000 });
    expect(again.logged).toBeUndefined();
  });
});

describe('drill: the follow-up round', () => {
  const offered = () =>
    run(
      [
        { type: 'start', now: T0 },
        { type: 'stop', now: T0 + 90_000 },
        { type: 'logged', message: 'Logged.', storyId: 's1', followUps: [followUp(1), followUp(2), followUp(3)] },
      ],
      ready(),
    );

  it('answers each question on a 45 s countdown, rates and logs it, then asks the next', () => {
    const t = T0 + 100_000;
    let s = drillReducer(offered(), { type: 'roundStart', now: t });
    expect(s.round?.phase).toEqual({ kind: 'answering', index: 0, startedAt: t });
    expect(roundActive(s)).toBe(true);
    expect(clockRunning(s)).toBe(true);
    s = drillReducer(s, { type: 'tick', now: t + 10_200 });
    expect(roundSecondsLeft(s)).toBe(35);
    s = drillReducer(s, { type: 'roundStop', now: t + 20_700 });
    expect(s.round?.phase).toEqual({ kind: 'rating', index: 0, seconds: 20, at: new Date(t).toISOString() });
    s = drillReducer(s, { type: 'roundRate', rating: 3 });
    expect(followUpAnswer(s.round!)).toEqual({
      storyId: 's1',
      seconds: 20,
      at: new Date(t).toISOString(),
      rating: 3,
      questionText: 'Follow-up 1?',
      followUp: true,
    });
    s = run([{ type: 'roundLogStarted' }, { type: 'roundLogged', now: t + 30_000 }], s);
    expect(s.round?.phase).toEqual({ kind: 'answering', index: 1, startedAt: t + 30_000 });
    expect(s.round?.rating).toBeUndefined();
    expect(s.round?.ratings).toEqual([3]);
  });

  it('stops an answer itself when its 45 seconds are up, at exactly 45', () => {
    const t = T0 + 100_000;
    let s = run(
      [
        { type: 'roundStart', now: t },
        { type: 'tick', now: t + 44_800 },
      ],
      offered(),
    );
    expect(s.round?.phase.kind).toBe('answering');
    s = drillReducer(s, { type: 'tick', now: t + 46_000 });
    expect(s.round?.phase).toEqual({ kind: 'rating', index: 0, seconds: 45, at: new Date(t).toISOString() });
    expect(roundSecondsLeft(s)).toBe(0);
  });

  it('ends after the last question with every rating, unrated ones included', () => {
    let s = drillReducer(offered(), { type: 'roundStart', now: T0 });
    for (const r of [5, undefined, 2] as const) {
      s = drillReducer(s, { type: 'roundStop', now: s.now + 10_000 });
      if (r) s = drillReducer(s, { type: 'roundRate', rating: r });
      s = drillReducer(s, { type: 'roundLogged', now: s.now + 11_000 });
    }
    expect(s.round?.phase).toEqual({ kind: 'done' });
    expect(s.round?.ratings).toEqual([5, undefined, 2]);
    expect(roundActive(s)).toBe(false);
  });

  it('keeps the answer to retry when its log fails', () => {
    let s = run(
      [
        { type: 'roundStart', now: T0 },
        { type: 'roundStop', now: T0 + 5_000 },
      ],
      offered(),
    );
    s = run([{ type: 'roundLogStarted' }, { type: 'roundLogFailed', error: 'Not saved.' }], s);
    expect(s.round?.phase.kind).toBe('rating');
    expect(s.round?.error).toBe('Not saved.');
    expect(s.round?.saving).toBe(false);
  });

  it('ignores round actions when no round is offered', () => {
    const s = ready();
    expect(drillReducer(s, { type: 'roundStart', now: T0 })).toBe(s);
    expect(drillReducer(s, { type: 'roundLogged', now: T0 })).toBe(s);
  });
});

describe('drill: coming back to the view', () => {
  it('keeps the question, story and running clock, and drops that visit’s message, error and round', () => {
    const left = run(
      [
        { type: 'start', now: T0 },
        { type: 'stop', now: T0 + 30_000 },
        { type: 'logStarted' },
        { type: 'logged', message: 'Logged.', storyId: 's1', followUps: [followUp(1), followUp(2)] },
        { type: 'start', now: T0 + 40_000 },
      ],
      ready(),
    );
    const back = resumedDrill({ ...left, error: 'old', saving: true }, T0 + 76_000);
    expect(back.drawn?.question.id).toBe('q1');
    expect(back.clock).toEqual({ kind: 'running', startedAt: T0 + 40_000 });
    expect(elapsedSeconds(back)).toBe(36);
    expect(back.saving).toBe(false);
    expect(back.error).toBeUndefined();
    expect(back.round).toBeNull();
  });
});
