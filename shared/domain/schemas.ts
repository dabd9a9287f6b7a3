// The bank document: every shape that is stored on disk or crosses the API, as zod schemas.
// Types are inferred from these schemas, so the schema is the single source of truth.
import { z } from 'zod';
import { ID_PATTERN } from './ids';
import { LIMITS } from './limits';

export const SCHEMA_VERSION = 1;

export const Id = z.string().regex(ID_PATTERN, 'Not a valid id.');
/** Ids of built-in things (preset competencies, stages, questions) are readable slugs such as `ml.ownership`. */
export const Slug = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'Not a valid id.');
export const TagId = z.union([Id, Slug]);
export const IsoDateTime = z.iso.datetime({ offset: true });
export const IsoDate = z.iso.date();

const shortText = (label: string) =>
  z.string().max(LIMITS.shortText, `${label} is too long (at most ${LIMITS.shortText} characters).`);
const sectionText = (label: string) =>
  z
    .string()
    .max(
      LIMITS.sectionText,
      `${label} is too long (at most ${LIMITS.sectionText.toLocaleString('en-US')} characters).`,
    );

export const STORY_SECTIONS = ['situation', 'task', 'action', 'result', 'reflection'] as const;
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
  notes: z
    .string()
    .max(LIMITS.notes, `Notes are too long (at most ${LIMITS.notes.toLocaleString('en-US')} characters).`),
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
});
export type Loop = z.infer<typeof Loop>;

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
  profile: Profile,
  stories: z
    .array(Story)
    .max(LIMITS.stories, `A bank can hold at most ${LIMITS.stories.toLocaleString('en-US')} stories.`),
  frameworks: z.array(Framework).max(LIMITS.frameworks),
  stages: z.array(Stage).max(LIMITS.stages),
  loops: z.array(Loop).max(LIMITS.loops),
  questions: z.array(Question).max(LIMITS.questions),
  settings: Settings,
});
export type Bank = z.infer<typeof Bank>;
