// Projects (issue 12): the stories grouped by project, the depth map of the one you can discuss at any
// depth, and its one-page deep-dive sheet. Pure: shared by the Projects view and the .docx export.
export { projectKey, cleanProjectName, projectNameProblem, inProject } from './project-names';
export { listProjects, findProject, type ProjectEntry } from './project-list';
export { DEPTH_LAYERS, LAYER_IDS, LAYERS_BY_ID, isLayerId, type DepthLayer, type LayerId } from './depth-layers';
export { noteAnswers, answeredQuestions, withQuestion, questionKey, ownWords, type NoteAnswer } from './layer-notes';
export {
  depthMap,
  MAX_EVIDENCE,
  MAX_STORY_QUESTIONS,
  type DepthMap,
  type DepthMapInput,
  type DepthMapLayer,
  type LayerEvidence,
  type LayerQuestion,
  type LayerStatus,
} from './depth-map';
export {
  planDeepDive,
  type DeepDiveInput,
  type DeepDiveItem,
  type DeepDiveItemKind,
  type DeepDiveRow,
  type DeepDiveFact,
  type DeepDivePlan,
  type DeepDiveReport,
  type DeepDiveLayerReport,
  type DeepDiveStyle,
} from './deep-dive-plan';
