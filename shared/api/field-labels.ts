// What each field of an API request is called where a person reads about it ("the Situation", "a
// company name"), so a refused request can say in words what was wrong. Keyed by the field's name in
// the request; a key that means different things in different places is keyed by its parent too
// ("rounds.name") or by channel ("createStage:name"). tests/shared/api/request-problems.test.ts
// fails when a channel validates a field that has no label here.
import { SECTION_LABELS, STORY_SECTIONS } from '../domain/sections';
import { DEPTH_LAYERS } from '../projects/depth-layers';

/** A field as a sentence names it. */
export interface FieldLabel {
  /** The field, with its article, in lower case unless a name ("the title", "a company name", "the Situation"). */
  name: string;
  /** Whether `name` takes a plural verb ("the notes are …"). */
  plural?: boolean;
  /** For a list: what its items are called, in the plural ("competency tags"). */
  items?: string;
}

const SECTIONS: Record<string, FieldLabel> = Object.fromEntries(
  STORY_SECTIONS.map((section) => [section, { name: `the ${SECTION_LABELS[section]}` }]),
);

/** Labels by field name, or by "parent.field" where the parent changes the meaning. */
const BY_KEY: Record<string, FieldLabel> = {
  ...SECTIONS,
  // Stories
  title: { name: 'the title' },
  project: { name: 'the project' },
  role: { name: 'the role' },
  competencies: { name: 'a competency tag', items: 'competency tags' },
  stages: { name: 'a stage tag', items: 'stage tags' },
  companies: { name: 'a company name', items: 'companies' },
  status: { name: 'the status' },
  notes: { name: 'the notes', plural: true },
  sample: { name: 'the sample mark' },
  fields: { name: 'the changes', plural: true },
  'createStory:fields': { name: 'the new story' },
  'createInterview:fields': { name: 'the logged round' },
  changes: { name: 'the changes', plural: true },
  expectedUpdatedAt: { name: 'the time the item was last loaded' },
  // Rehearsals
  seconds: { name: 'the answer time (in seconds)' },
  rating: { name: 'the rating' },
  questionId: { name: 'the question' },
  questionText: { name: 'the question' },
  note: { name: 'the note' },
  followUp: { name: 'the follow-up mark' },
  storyId: { name: 'the story' },
  at: { name: 'the time of the rehearsal' },
  // Frameworks and competencies
  frameworkId: { name: 'the framework' },
  activeFrameworkId: { name: 'the framework' },
  basedOn: { name: 'the framework it is based on' },
  activate: { name: 'the choice to use it at once' },
  'competencies.id': { name: 'a competency' },
  'competencies.name': { name: 'a competency name' },
  'competencies.description': { name: 'a competency description' },
  'competencies.lexicon': { name: 'a job-description phrase', items: 'job-description phrases' },
  // Coverage
  view: { name: 'the coverage view' },
  saveWithDialog: { name: 'the choice to save with a dialog' },
  // Loops and rounds
  company: { name: 'the company' },
  date: { name: 'the date' },
  jobDescription: { name: 'the job description' },
  focus: { name: 'a focus competency', items: 'focus competencies' },
  rounds: { name: 'a round', items: 'rounds' },
  'rounds.id': { name: 'a round' },
  'rounds.name': { name: 'a round name' },
  'rounds.stageId': { name: 'the stage of a round' },
  'rounds.focus': { name: 'a focus competency of a round', items: 'focus competencies in a round' },
  'rounds.storyIds': { name: 'a story in a round', items: 'stories in a round' },
  'rounds.roundId': { name: 'a round' },
  loopId: { name: 'the loop' },
  roundId: { name: 'the round' },
  keepAssigned: { name: 'the choice to keep the stories already placed' },
  // The question bank
  'addQuestion:text': { name: 'the question' },
  // Profile and settings
  'updateProfile:name': { name: 'your name' },
  targetRole: { name: 'the target role' },
  theme: { name: 'the theme' },
  'targetSeconds.min': { name: 'the shortest answer time (in seconds)' },
  'targetSeconds.max': { name: 'the longest answer time (in seconds)' },
  targetSeconds: { name: 'the target answer time' },
  paperSize: { name: 'the paper size' },
  paper: { name: 'the paper size' },
  lastExportFolder: { name: 'the export folder' },
  lastOpenStoryId: { name: 'the story last open' },
  lastView: { name: 'the view last open' },
  // Import and export
  format: { name: 'the file format' },
  text: { name: 'the file' },
  base64: { name: 'the file' },
  fileName: { name: 'the file name' },
  mode: { name: 'the import mode' },
  scope: { name: 'the stories to export', plural: true },
  'scope.kind': { name: 'the stories to export', plural: true },
  'scope.storyIds': { name: 'a story to export', items: 'stories' },
  'scope.loopId': { name: 'the loop' },
  appendix: { name: 'the appendix choice' },
  // The interview log
  today: { name: 'today’s date' },
  roundName: { name: 'the round name' },
  stageId: { name: 'the stage' },
  interviewer: { name: 'the interviewer' },
  questions: { name: 'a question asked', items: 'questions asked' },
  'questions.text': { name: 'a question asked' },
  'questions.questionId': { name: 'a question asked' },
  'questions.rating': { name: 'the rating of a question' },
  stories: { name: 'a story told', items: 'stories told' },
  'stories.storyId': { name: 'a story told' },
  'stories.numbersSaid': { name: 'a number said', items: 'numbers said' },
  'stories.claimsSaid': { name: 'a number said', items: 'numbers said' },
  'claimsSaid.measure': { name: 'what a number said measured' },
  'claimsSaid.unit': { name: 'the unit of a number said' },
  'claimsSaid.value': { name: 'a number said' },
  'claimsSaid.text': { name: 'a number said' },
  'claimsSaid.sentence': { name: 'the sentence a number was said in' },
  outcome: { name: 'the outcome' },
  'exportInterviewLog:format': { name: 'the format' },
  // Banks, backups and notices
  path: { name: 'the bank file path' },
  noticeId: { name: 'the notice' },
  'recoverDamagedBank:apply': { name: 'the choice to recover' },
  'suggestLoopPlan:apply': { name: 'the choice to save the plan' },
  // Projects
  'createProject:name': { name: 'the project name' },
  'updateProject:name': { name: 'the project name' },
  'deleteProject:name': { name: 'the project name' },
  'exportDeepDive:name': { name: 'the project name' },
  'changes.name': { name: 'the new project name' },
  deepDive: { name: 'the deep-dive mark' },
  layerNotes: { name: 'the notes of a depth-map layer', plural: true },
  unlinkStories: { name: 'the choice to unlink its stories' },
  // Names of other things
  'copyFramework:name': { name: 'the framework name' },
  'createFramework:name': { name: 'the framework name' },
  'updateFramework:name': { name: 'the framework name' },
  'createStage:name': { name: 'the stage name' },
  'renameStage:name': { name: 'the stage name' },
  'purgeStories:ids': { name: 'a story', items: 'stories' },
  'reorderStages:ids': { name: 'a stage', items: 'stages' },
};

/** What an `id` names, by the channel's object ("deleteStory" → the story); where the word alone misleads. */
const ID_NOUNS: Record<string, string> = { interview: 'logged round', backup: 'backup' };

const LAYER_LABELS = new Map<string, string>(DEPTH_LAYERS.map((layer) => [layer.id, layer.label.toLowerCase()]));

/**
 * The label of the field at `path` in a request to `channel`, or undefined when there is none (the caller
 * then speaks of "this request"). Array indices in the path are skipped.
 */
export function fieldLabel(channel: string, path: readonly PropertyKey[]): FieldLabel | undefined {
  const keys = path.filter((key): key is string => typeof key === 'string');
  const last = keys[keys.length - 1];
  if (last === undefined) return undefined;
  const parent = keys[keys.length - 2];
  if (parent === 'layerNotes' && LAYER_LABELS.has(last))
    return { name: `the notes on ${LAYER_LABELS.get(last)}`, plural: true };
  if (last === 'id' && keys.length === 1) {
    const noun = channel.replace(/^[a-z]+/, '').toLowerCase();
    if (noun) return { name: `the ${ID_NOUNS[noun] ?? noun}` };
  }
  return (
    (parent !== undefined ? BY_KEY[`${parent}.${last}`] : undefined) ?? BY_KEY[`${channel}:${last}`] ?? BY_KEY[last]
  );
}
