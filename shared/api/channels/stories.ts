// Stories: list, read, create, edit (with conflict detection), trash, restore, purge, duplicate,
// and the rehearsal log.
import { z } from 'zod';
import { channel } from '../channel';
import { Id, IsoDateTime, Rehearsal, Story, StoryFields } from '../../domain/schemas';

const ById = z.object({ id: Id }).strict();

export const StoryList = z.object({ stories: z.array(Story) });
export type StoryList = z.infer<typeof StoryList>;

export const storyChannels = {
  /** Every story not in the trash, full (the editor and analysis need the text). */
  listStories: channel(z.object({}).strict(), StoryList),
  getStory: channel(ById, Story),
  /** `sample` marks one of the sample stories written by us, so the UI can label it and remove all samples. */
  createStory: channel(
    z.object({ fields: StoryFields.partial().default({}), sample: z.boolean().optional() }).strict(),
    Story,
  ),
  /**
   * Changes only the fields given. With `expectedUpdatedAt` (the updatedAt the editor loaded), a
   * story changed elsewhere in the meantime is refused with a 'conflict' error instead of overwritten.
   */
  updateStory: channel(
    z.object({ id: Id, fields: StoryFields.partial(), expectedUpdatedAt: IsoDateTime.optional() }).strict(),
    Story,
  ),
  /** Moves the story to the trash (restorable for 30 days). */
  deleteStory: channel(ById, Story),
  restoreStory: channel(ById, Story),
  listTrash: channel(z.object({}).strict(), StoryList.extend({ keepDays: z.number().int() })),
  /** Deletes stories in the trash for good; no ids means empty the whole trash. */
  purgeStories: channel(
    z.object({ ids: z.array(Id).max(20_000).default([]) }).strict(),
    z.object({ purged: z.number().int() }),
  ),
  duplicateStory: channel(ById, Story),
  addRehearsal: channel(
    Rehearsal.omit({ id: true, at: true }).extend({ storyId: Id, at: IsoDateTime.optional() }).strict(),
    Story,
  ),
};
