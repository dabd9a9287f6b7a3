// Stories: read one, create, edit (with conflict detection), move to the trash, duplicate, and the
// rehearsal log. Restoring and purging are the trash's (trash.ts).
import { z } from 'zod';
import { channel } from '../channel';
import { Id, IsoDateTime, Rehearsal, Story, StoryFields } from '../../domain/schemas';

const ById = z.object({ id: Id }).strict();

export const storyChannels = {
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
  duplicateStory: channel(ById, Story),
  addRehearsal: channel(
    Rehearsal.omit({ id: true, at: true }).extend({ storyId: Id, at: IsoDateTime.optional() }).strict(),
    Story,
  ),
};
