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
