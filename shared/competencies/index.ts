export { PRESET_FRAMEWORKS, presetFramework, isPresetFrameworkId } from './preset-frameworks';
export { EQUIVALENCE_GROUPS, type EquivalenceGroup } from './equivalences';
export {
  mapCompetencies,
  competencyMatcher,
  equivalentCompetencyIds,
  type CompetencyMapping,
  type MappedTag,
  type MatchKind,
} from './map-competencies';
export {
  allFrameworks,
  findFramework,
  activeFramework,
  resolveCompetency,
  competencyName,
  type ResolvedCompetency,
} from './frameworks';
export { copyFramework, renameFramework, addCompetency, updateCompetency, removeCompetency } from './edit-framework';
export { signalsForCompetency, signalsForCompetencies } from './competency-signals';
export {
  extractJobFocus,
  ASKED_THRESHOLD,
  type JobFocus,
  type FocusCompetency,
  type FocusEvidence,
} from './job-focus/extract-job-focus';
export type { JobSignal } from './job-focus/signals';
export type { JobKeyword } from './job-focus/keywords';
export type { Emphasis } from './job-focus/emphasis';
export { readableJobText, type ReadableJobText } from './job-focus/plain-text';
export { competencyLexicon } from './lexicons/competency-lexicon';
export { presetLexicon } from './lexicons/preset-lexicons';
