// Story handlers: thin; the rules live in main/store/operations/stories.ts.
import type { HandlersFor } from '../handler-table';
import * as stories from '../../store/operations/stories';
import { TRASH_DAYS } from '../../store/trash';

type StoryChannel =
  | 'listStories'
  | 'getStory'
  | 'createStory'
  | 'updateStory'
  | 'deleteStory'
  | 'restoreStory'
  | 'listTrash'
  | 'purgeStories'
  | 'duplicateStory'
  | 'addRehearsal';

export const storyHandlers: HandlersFor<StoryChannel> = {
  listStories: (_request, { services }) => ({ stories: stories.listStories(services.banks.current.bank) }),
  getStory: ({ id }, { services }) => stories.findStory(services.banks.current.bank, id),
  createStory: ({ fields, sample }, { services }) => stories.createStory(services.banks.current, fields, sample),
  updateStory: ({ id, fields, expectedUpdatedAt }, { services }) =>
    stories.updateStory(services.banks.current, id, fields, expectedUpdatedAt),
  deleteStory: ({ id }, { services }) => stories.trashStory(services.banks.current, id),
  restoreStory: ({ id }, { services }) => stories.restoreStory(services.banks.current, id),
  listTrash: (_request, { services }) => ({
    stories: stories.listTrash(services.banks.current.bank),
    keepDays: TRASH_DAYS,
  }),
  purgeStories: async ({ ids }, { services }) => ({ purged: await stories.purgeStories(services.banks.current, ids) }),
  duplicateStory: ({ id }, { services }) => stories.duplicateStory(services.banks.current, id),
  addRehearsal: ({ storyId, ...rehearsal }, { services }) =>
    stories.addRehearsal(services.banks.current, storyId, rehearsal),
};
