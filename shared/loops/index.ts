export {
  suggestStories,
  applySuggestion,
  type SuggestOptions,
  type LoopSuggestion,
  type SuggestedRound,
  type UncoveredFocus,
  type UncoveredReason,
} from './suggest-stories';
export { loopWarnings, normalizeCompany, type LoopWarning, type LoopWarningOptions } from './loop-warnings';
export { recordLastUsed } from './last-used';
export { extractNumberClaims, storyNumberClaims, type NumberClaim, type UnitKind } from './number-claims';
export { findNumberConflicts, normalizeProject, type NumberConflict, type NumberSide } from './number-conflicts';
export { solveAssignment, type AssignmentProblem, type AssignmentResult } from './assignment-solver';
export { compareObjectives, fitPoints, readinessTenths, FIT_SCALE, type PlanObjective } from './plan-objective';
export { roundFocus, focusFromLoop } from './round-focus';
export { roundProgress, roundProgressWords, type RoundProgress } from './round-progress';
