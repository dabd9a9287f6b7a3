// The trash: restoring a story, and deleting stories for good.
import { z } from 'zod';
import { channel } from '../channel';
import { Id, Story } from '../../domain/schemas';

export const trashChannels = {
  restoreStory: channel(z.object({ id: Id }).strict(), Story),
  /** Deletes stories in the trash for good; no ids means empty the whole trash. */
  purgeStories: channel(
    z.object({ ids: z.array(Id).max(20_000).default([]) }).strict(),
    z.object({ purged: z.number().int() }),
  ),
};
