// The drill as one state and one pure reducer: the question and the story, the clock (idle, running,
// stopped for rating), the rating and note, saving, and the follow-up round after a logged answer.
// Time, randomness and the server stay outside: actions carry `now`, the drawn question and the
// server's outcome, so every transition can be tested without a clock or a page.
import type { FollowUp } from '#shared/analysis/index';
import type { DrawnQuestion, DrillSource } from '#shared/practice/drill-questions';
import { FOLLOW_UP_SECONDS } from '#shared/practice/follow-up-round';
import type { SelfRating } from '#shared/practice/ratings';

/** Questions asked in this sitting, most recent last; avoided while others remain. */
export const RECENT_MAX = 20;

/** The main answer's clock. `rating`: stopped, whole seconds as the clock showed them, waiting to be logged. */
export type DrillClock =
  { kind: 'idle' } | { kind: 'running'; startedAt: number } | { kind: 'rating'; seconds: number; at: string };

export type RoundPhase =
  | { kind: 'offer' }
  | { kind: 'answering'; index: number; startedAt: number }
  | { kind: 'rating'; index: number; seconds: number; at: string }
  | { kind: 'done' };

/** The follow-up round offered after each logged answer (its questions fixed when it starts). */
export interface FollowUpRoundState {
  storyId: string;
  questions: readonly FollowUp[];
  phase: RoundPhase;
  rating?: SelfRating;
  /** One per logged follow-up answer. */
  ratings: (SelfRating | undefined)[];
  saving: boolean;
  error?: string;
}

export interface DrillState {
  source: DrillSource;
  drawn?: DrawnQuestion;
  /** The last draw found no question for the source. */
  noQuestion: boolean;
  recent: string[];
  storyId?: string;
  showCues: boolean;
  showPacing: boolean;
  clock: DrillClock;
  /** The time of the last tick: what running clocks are shown against. */
  now: number;
  rating?: SelfRating;
  note: string;
  saving: boolean;
  error?: string;
  /** What the last log said ("Logged 1:35, rated 4 on …"). */
  logged?: string;
  round: FollowUpRoundState | null;
}

export type DrillAction =
  | { type: 'source'; source: DrillSource }
  /** A question was drawn (or none was found); `storyId` is preselected, `resetClock` drops any attempt. */
  | { type: 'show'; drawn: DrawnQuestion | undefined; storyId?: string; resetClock?: boolean }
  | { type: 'selectStory'; storyId: string }
  | { type: 'start'; now: number }
  | { type: 'stop'; now: number }
  | { type: 'tick'; now: number }
  | { type: 'rate'; rating: SelfRating }
  | { type: 'note'; note: string }
  | { type: 'discard' }
  | { type: 'toggleCues' }
  | { type: 'setPacing'; shown: boolean }
  | { type: 'logStarted' }
  | { type: 'logFailed'; error: string }
  /** The answer was logged; `followUps` are the round's questions for the story ([] for no round). */
  | { type: 'logged'; message: string; storyId: string; followUps: readonly FollowUp[] }
  | { type: 'roundStart'; now: number }
  | { type: 'roundStop'; now: number }
  | { type: 'roundRate'; rating: SelfRating }
  | { type: 'roundLogStarted' }
  | { type: 'roundLogged'; now: number }
  | { type: 'roundLogFailed'; error: string };

export function freshDrill(now = 0): DrillState {
  return {
    source: { kind: 'random' },
    noQuestion: false,
    recent: [],
    showCues: false,
    showPacing: true,
    clock: { kind: 'idle' },
    now,
    note: '',
    saving: false,
    round: null,
  };
}

/**
 * A drill remembered from an earlier visit to the view: the question, story, clock, rating and note
 * carry on; what belonged to that visit (a save under way, an error, the last log's message and its
 * follow-up round) does not.
 */
export function resumedDrill(state: DrillState, now: number): DrillState {
  return { ...state, now, noQuestion: false, saving: false, error: undefined, logged: undefined, round: null };
}

const clearedAttempt = { clock: { kind: 'idle' } as DrillClock, rating: undefined, note: '', error: undefined };

export function drillReducer(state: DrillState, action: DrillAction): DrillState {
  switch (action.type) {
    case 'source':
      return { ...state, source: action.source };
    case 'show': {
      const base = action.resetClock ? { ...state, ...clearedAttempt } : state;
      if (!action.drawn) return { ...base, drawn: undefined, noQuestion: true, logged: undefined, round: null };
      return {
        ...base,
        drawn: action.drawn,
        noQuestion: false,
        logged: undefined,
        round: null,
        recent: [...state.recent, action.drawn.question.id].slice(-RECENT_MAX),
        storyId: action.storyId ?? state.storyId,
      };
    }
    case 'selectStory':
      return { ...state, storyId: action.storyId };
    case 'start':
      return {
        ...state,
        ...clearedAttempt,
        clock: { kind: 'running', startedAt: action.now },
        now: action.now,
        logged: undefined,
        round: null,
      };
    case 'stop': {
      if (state.clock.kind !== 'running') return state;
      // Whole seconds, as the clock showed them when it stopped: the clock, the status line and the log agree.
      const seconds = Math.floor(Math.max(0, action.now - state.clock.startedAt) / 1000);
      return {
        ...state,
        now: action.now,
        clock: { kind: 'rating', seconds, at: new Date(action.now - seconds * 1000).toISOString() },
      };
    }
    case 'tick':
      return roundTick({ ...state, now: action.now }, action.now);
    case 'rate':
      return state.clock.kind === 'rating' ? { ...state, rating: action.rating } : state;
    case 'note':
      return { ...state, note: action.note };
    case 'discard':
      return { ...state, ...clearedAttempt };
    case 'toggleCues':
      return { ...state, showCues: !state.showCues };
    case 'setPacing':
      return { ...state, showPacing: action.shown };
    case 'logStarted':
      return { ...state, saving: true, error: undefined };
    case 'logFailed':
      return { ...state, saving: false, error: action.error };
    case 'logged':
      return {
        ...state,
        ...clearedAttempt,
        saving: false,
        logged: action.message,
        round:
          action.followUps.length > 0
            ? {
                storyId: action.storyId,
                questions: action.followUps,
                phase: { kind: 'offer' },
                ratings: [],
                saving: false,
              }
            : null,
      };
    case 'roundStart':
      return withRound(state, (round) => (round.phase.kind === 'offer' ? ask(round, 0, action.now) : round));
    case 'roundStop':
      return withRound(state, (round) => stopAnswer(round, action.now));
    case 'roundRate':
      return withRound(state, (round) => (round.phase.kind === 'rating' ? { ...round, rating: action.rating } : round));
    case 'roundLogStarted':
      return withRound(state, (round) => ({ ...round, saving: true, error: undefined }));
    case 'roundLogFailed':
      return withRound(state, (round) => ({ ...round, saving: false, error: action.error }));
    case 'roundLogged':
      return withRound(state, (round) => {
        if (round.phase.kind !== 'rating') return round;
        const ratings = [...round.ratings, round.rating];
        const next = round.phase.index + 1;
        const logged = { ...round, ratings, saving: false };
        return next < round.questions.length ? ask(logged, next, action.now) : { ...logged, phase: { kind: 'done' } };
      });
  }
}

function withRound(state: DrillState, change: (round: FollowUpRoundState) => FollowUpRoundState): DrillState {
  if (!state.round) return state;
  const round = change(state.round);
  return round === state.round ? state : { ...state, round };
}

function ask(round: FollowUpRoundState, index: number, now: number): FollowUpRoundState {
  return { ...round, rating: undefined, error: undefined, phase: { kind: 'answering', index, startedAt: now } };
}

function stopAnswer(round: FollowUpRoundState, now: number): FollowUpRoundState {
  if (round.phase.kind !== 'answering') return round;
  const { index, startedAt } = round.phase;
  const seconds = Math.min(FOLLOW_UP_SECONDS, Math.floor((now - startedAt) / 1000));
  return { ...round, phase: { kind: 'rating', index, seconds, at: new Date(startedAt).toISOString() } };
}

/** A follow-up answer stops itself when its 45 seconds are up. */
function roundTick(state: DrillState, now: number): DrillState {
  const phase = state.round?.phase;
  if (phase?.kind !== 'answering' || now - phase.startedAt < FOLLOW_UP_SECONDS * 1000) return state;
  return withRound(state, (round) => stopAnswer(round, now));
}

/** A follow-up answer as it is logged: a rehearsal of the story marked `followUp`. */
export interface FollowUpAnswer {
  storyId: string;
  seconds: number;
  at: string;
  rating?: SelfRating;
  questionText: string;
  followUp: true;
}

/** The answer being rated, ready to log, or null. */
export function followUpAnswer(round: FollowUpRoundState): FollowUpAnswer | null {
  const { phase } = round;
  if (phase.kind !== 'rating') return null;
  return {
    storyId: round.storyId,
    seconds: phase.seconds,
    at: phase.at,
    ...(round.rating ? { rating: round.rating } : {}),
    questionText: round.questions[phase.index].question,
    followUp: true,
  };
}

// ---- What the view reads ---------------------------------------------------------------------

/** Seconds on the main clock: running against the last tick, or the stopped answer's whole seconds. */
export function elapsedSeconds(state: DrillState): number {
  if (state.clock.kind === 'running') return Math.max(0, state.now - state.clock.startedAt) / 1000;
  return state.clock.kind === 'rating' ? state.clock.seconds : 0;
}

/** Seconds left for the follow-up being answered. */
export function roundSecondsLeft(state: DrillState): number {
  const phase = state.round?.phase;
  if (phase?.kind !== 'answering') return 0;
  return Math.max(0, FOLLOW_UP_SECONDS - Math.floor((state.now - phase.startedAt) / 1000));
}

/** A follow-up is being answered or rated: the drill's own keys stand aside. */
export function roundActive(state: DrillState): boolean {
  const kind = state.round?.phase.kind;
  return kind === 'answering' || kind === 'rating';
}

/** Something ticks: the main clock or a follow-up answer is running. */
export function clockRunning(state: DrillState): boolean {
  return state.clock.kind === 'running' || state.round?.phase.kind === 'answering';
}
