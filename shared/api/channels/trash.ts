// The trash: what is in it, restoring a story, and deleting stories for good.
import { z } from 'zod';
import { channel } from '../channel';
import { Id, Story } from '../../domain/schemas';
import { StoryList } from './stories';

export const trashChannels = {
  restoreStory: channel(z.object({ id: Id }).strict(), Story),
  listTrash: channel(z.object({}).strict(), StoryList.extend({ keepDays: z.number().int() })),
  /** Deletes stories in the trash for good; no ids means empty the whole trash. */
  purgeStories: channel(
    z.object({ ids: z.array(Id).max(20_000).default([]) }).strict(),
    z.object({ purged: z.number().int() }),
  ),
};
