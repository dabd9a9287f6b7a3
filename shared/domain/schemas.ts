// The bank document: every shape that is stored on disk or crosses the API, as zod schemas.
// Types are inferred from these schemas, so the schema is the single source of truth.
import { z } from 'zod';
import { ID_PATTERN } from './ids';
import { groupDigits } from '../format/numbers';
import { LIMITS } from './limits';
import { SECTION_LABELS, STORY_SECTIONS } from './sections';

export const SCHEMA_VERSION = 2;

export const Id = z.string().regex(ID_PATTERN, 'Not a valid id.');
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9._-]{0,79}$/;
/** Ids of built-in things (preset competencies, stages, questions) are readable slugs such as `ml.ownership`. */
export const Slug = z.string().min(1).max(80).regex(SLUG_PATTERN, 'Not a valid id.');
export const TagId = z.union([Id, Slug]);
export const IsoDateTime = z.iso.datetime({ offset: true });
export const IsoDate = z.iso.date();

const shortText = (label: string) =>
  z.string().max(LIMITS.shortText, `${label} is too long (at most ${LIMITS.shortText} characters).`);
const sectionText = (label: string) =>
  z.string().max(LIMITS.sectionText, `${label} is too long (at most ${groupDigits(LIMITS.sectionText)} characters).`);

export { STORY_SECTIONS, SECTION_LABELS };
export const StorySection = z.enum(STORY_SECTIONS);
export type StorySection = z.infer<typeof StorySection>;

export const STORY_STATUSES = ['draft', 'ready', 'retired'] as const;
export const StoryStatus = z.enum(STORY_STATUSES);
export type StoryStatus = z.infer<typeof StoryStatus>;

export const Rehearsal = z.object({
  id: Id,
  at: IsoDateTime,
  seconds: z
    .number()
    .min(0)
    .max(60 * 60),
  rating: z.number().int().min(1).max(5).optional(),
  questionId: TagId.optional(),
  questionText: z.string().max(1_000).optional(),
  note: z.string().max(2_000).optional(),
  /** An answer to a follow-up question in Practice's follow-up round, not a telling of the whole story. */
  followUp: z.boolean().optional(),
});
export type Rehearsal = z.infer<typeof Rehearsal>;

export const LastUsed = z.object({ loopId: Id, roundId: Id, at: IsoDateTime });
export type LastUsed = z.infer<typeof LastUsed>;

export const Story = z.object({
  id: Id,
  title: shortText('The title'),
  project: shortText('The project'),
  role: shortText('The role'),
  situation: sectionText('The Situation'),
  task: sectionText('The Task'),
  action: sectionText('The Action'),
  result: sectionText('The Result'),
  reflection: sectionText('The Reflection'),
  competencies: z
    .array(TagId)
    .max(LIMITS.tagsPerStory, `A story can have at most ${LIMITS.tagsPerStory} competency tags.`),
  stages: z.array(TagId).max(LIMITS.tagsPerStory, `A story can have at most ${LIMITS.tagsPerStory} stage tags.`),
  companies: z.array(shortText('A company name')).max(LIMITS.companiesPerStory),
  status: StoryStatus,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  rehearsals: z.array(Rehearsal).max(LIMITS.rehearsalsPerStory),
  lastUsed: LastUsed.optional(),
  notes: z.string().max(LIMITS.notes, `Notes are too long (at most ${groupDigits(LIMITS.notes)} characters).`),
  /** Marks a sample story written by us, so the UI can label it and the user can delete all samples. */
  sample: z.boolean().optional(),
  /** Set when the story is in the trash; purged 30 days later. */
  deletedAt: IsoDateTime.optional(),
});
export type Story = z.infer<typeof Story>;

/** The editable part of a story: what create/update requests carry. */
export const StoryFields = Story.pick({
  title: true,
  project: true,
  role: true,
  situation: true,
  task: true,
  action: true,
  result: true,
  reflection: true,
  competencies: true,
  stages: true,
  companies: true,
  status: true,
  notes: true,
});
export type StoryFields = z.infer<typeof StoryFields>;

export const Competency = z.object({
  id: TagId,
  name: shortText('A competency name').min(1, 'A competency needs a name.'),
  description: z.string().max(1_000),
  /**
   * Phrases a job description uses when it asks for this competency (see shared/competencies/job-focus).
   * Presets ship one; a copy carries it and the user may edit it. Absent: the preset's, matched by id.
   */
  lexicon: z.array(z.string().max(200)).max(LIMITS.lexiconPhrases).optional(),
});
export type Competency = z.infer<typeof Competency>;

export const Framework = z.object({
  id: TagId,
  name: shortText('The framework name').min(1, 'A framework needs a name.'),
  /** Presets ship with the app and are read-only; the bank stores only user frameworks (copies). */
  preset: z.boolean(),
  basedOn: TagId.optional(),
  competencies: z.array(Competency).max(LIMITS.competenciesPerFramework),
});
export type Framework = z.infer<typeof Framework>;

export const Stage = z.object({ id: TagId, name: shortText('The stage name').min(1, 'A stage needs a name.') });
export type Stage = z.infer<typeof Stage>;

export const Round = z.object({
  id: Id,
  name: shortText('The round name'),
  stageId: TagId.optional(),
  focus: z.array(TagId).max(LIMITS.tagsPerStory),
  storyIds: z.array(Id).max(LIMITS.storiesPerRound),
});
export type Round = z.infer<typeof Round>;

export const Loop = z.object({
  id: Id,
  company: shortText('The company'),
  role: shortText('The role'),
  date: IsoDate.optional(),
  frameworkId: TagId,
  rounds: z.array(Round).max(LIMITS.roundsPerLoop, `A loop can have at most ${LIMITS.roundsPerLoop} rounds.`),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** The job description pasted for this loop; its extracted focus becomes the rounds' focus once accepted. */
  jobDescription: z.string().max(LIMITS.jobDescription).optional(),
  /**
   * The loop's focus: competencies of its framework the user accepted from the job description, strongest
   * first. A round with no focus of its own is planned for it; the question bank puts its questions first.
   */
  focus: z.array(TagId).max(LIMITS.tagsPerStory).optional(),
});
export type Loop = z.infer<typeof Loop>;

export const INTERVIEW_OUTCOMES = ['waiting', 'passed', 'rejected', 'offer'] as const;
export const InterviewOutcome = z.enum(INTERVIEW_OUTCOMES);
export type InterviewOutcome = z.infer<typeof InterviewOutcome>;

/** A question asked in a real interview: free text, or picked from the question bank (then `questionId`). */
export const AskedQuestion = z.object({
  text: z.string().min(1, 'A question needs text.').max(1_000),
  questionId: TagId.optional(),
  /** How the answer went, 1–5; low-rated questions come back first in Practice. */
  rating: z.number().int().min(1).max(5).optional(),
});
export type AskedQuestion = z.infer<typeof AskedQuestion>;

/** One number as it was said in a round, with the measure it was about (see shared/loops/number-claims). */
export const SaidNumber = z.object({
  measure: z.string().max(80),
  unit: z.enum(['percent', 'points', 'multiple', 'time', 'money', 'data', 'rate', 'count']),
  value: z.number(),
  text: z.string().max(80),
  sentence: z.string().max(2_000),
});
export type SaidNumber = z.infer<typeof SaidNumber>;

/** What a story was told as in a real round: the numbers said then are kept to check consistency later. */
export const ToldStory = z.object({
  storyId: Id,
  /** The key numbers as they were said in that round (e.g. "40%", "$2M"), captured when the entry is logged. */
  numbersSaid: z.array(z.string().max(80)).max(50),
  /** The same numbers with their measures, so a later round can compare "then" with the story now. */
  claimsSaid: z.array(SaidNumber).max(50).optional(),
});
export type ToldStory = z.infer<typeof ToldStory>;

/** One real interview round, as it happened (the interview log). */
export const InterviewEntry = z.object({
  id: Id,
  company: shortText('The company'),
  role: shortText('The role'),
  /** The planned loop and round this entry came from, when it was marked done from a loop. */
  loopId: Id.optional(),
  roundId: Id.optional(),
  roundName: shortText('The round name'),
  stageId: TagId.optional(),
  date: IsoDate,
  interviewer: shortText('The interviewer').optional(),
  questions: z.array(AskedQuestion).max(100),
  stories: z.array(ToldStory).max(LIMITS.storiesPerRound),
  rating: z.number().int().min(1).max(5).optional(),
  outcome: InterviewOutcome,
  notes: z.string().max(LIMITS.notes),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type InterviewEntry = z.infer<typeof InterviewEntry>;

/**
 * A project the user's stories are about (matched by `Story.project`, case-insensitively), with the
 * free-text notes of its depth map. Stored when the user creates a project, writes notes for it or
 * marks it; a project that only stories name needs no record.
 */
export const Project = z.object({
  name: shortText('The project name').min(1, 'A project needs a name.'),
  /** The one project the user rehearses at any depth (at most one project in a bank has it). */
  deepDive: z.boolean(),
  /** Notes per depth-map layer id (problem, data, approach, …). */
  layerNotes: z.record(
    z.string().max(40),
    z.string().max(LIMITS.notes, `Notes are too long (at most ${groupDigits(LIMITS.notes)} characters).`),
  ),
  updatedAt: IsoDateTime,
});
export type Project = z.infer<typeof Project>;

export const Question = z.object({
  id: TagId,
  text: z.string().min(1, 'A question needs text.').max(1_000),
  competencies: z.array(TagId).max(LIMITS.tagsPerStory),
});
export type Question = z.infer<typeof Question>;

export const Profile = z.object({ name: shortText('Your name'), targetRole: shortText('The target role') });
export type Profile = z.infer<typeof Profile>;

export const THEMES = ['system', 'light', 'dark'] as const;
export const Settings = z.object({
  theme: z.enum(THEMES),
  activeFrameworkId: TagId,
  /** Target speaking time for one answer, in seconds. */
  targetSeconds: z.object({ min: z.number().int().min(30).max(600), max: z.number().int().min(30).max(900) }),
  paperSize: z.enum(['a4', 'letter']),
  lastExportFolder: z.string().max(4_096).optional(),
  lastOpenStoryId: Id.optional(),
  lastView: z.string().max(40).optional(),
});
export type Settings = z.infer<typeof Settings>;

export const Bank = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** A stable identity for this bank, kept when the file moves: backups are found by it. */
  bankId: Id,
  profile: Profile,
  stories: z.array(Story).max(LIMITS.stories, `A bank can hold at most ${groupDigits(LIMITS.stories)} stories.`),
  frameworks: z.array(Framework).max(LIMITS.frameworks),
  stages: z.array(Stage).max(LIMITS.stages),
  loops: z.array(Loop).max(LIMITS.loops),
  questions: z.array(Question).max(LIMITS.questions),
  interviews: z.array(InterviewEntry).max(LIMITS.interviews),
  projects: z.array(Project).max(LIMITS.projects),
  settings: Settings,
});
export type Bank = z.infer<typeof Bank>;
