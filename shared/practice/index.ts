// Practice: the spaced-repetition schedule over self-rated rehearsals, the "practice next" queue,
// drill questions and progress figures. Pure: every function takes `now` rather than reading a clock.
export { SELF_RATINGS, RATING_INFO, fsrsGrade, isSelfRating, type SelfRating, type RatingInfo } from './ratings';
export {
  SCHEDULER_PARAMS,
  storyMemory,
  ratedRehearsals,
  replayCard,
  recallProbability,
  type StoryMemory,
} from './scheduler';
export { practiceQueue, PULL_WEIGHT, type QueueItem, type QueueInput, type Dueness } from './practice-queue';
export {
  upcomingLoops,
  loopUrgency,
  loopPull,
  strongestPull,
  coveredFocus,
  PULL_HORIZON_DAYS,
  FULL_PULL_DAYS,
  FOCUS_PULL_SHARE,
  type UpcomingLoop,
  type LoopPull,
} from './loop-pull';
export {
  drawQuestion,
  drillQuestionsFor,
  type DrillSource,
  type DrawnQuestion,
  type DrawInput,
} from './drill-questions';
export {
  storyProgress,
  practiceSessions,
  sessionsPerWeek,
  competencyRecency,
  paceOf,
  OVERTIME_SECONDS,
  SESSION_GAP_MINUTES,
  RECENT_DAYS,
  type TargetBand,
  type Pace,
  type Attempt,
  type StoryProgress,
  type PracticeSession,
  type WeekCount,
  type CompetencyRecency,
} from './progress';
export {
  calendarDaysBetween,
  startOfDay,
  startOfWeek,
  parseLocalDate,
  shortDate,
  relativeDays,
  DAY_MS,
} from './calendar';
