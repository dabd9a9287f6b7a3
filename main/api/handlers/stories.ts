// Story handlers: one line each over main/store/operations/stories.ts.
import type { storyChannels } from '#shared/api/channels/stories';
import * as stories from '../../store/operations/stories';
import type { HandlersFor } from '../handler-table';

export const storyHandlers: HandlersFor<keyof typeof storyChannels> = {
  getStory: ({ id }, { services }) => stories.findStory(services.banks.current.bank, id),
  createStory: ({ fields, sample }, { services }) => stories.createStory(services.banks.current, fields, sample),
  updateStory: ({ id, fields, expectedUpdatedAt }, { services }) =>
    stories.updateStory(services.banks.current, id, fields, expectedUpdatedAt),
  deleteStory: ({ id }, { services }) => stories.trashStory(services.banks.current, id),
  duplicateStory: ({ id }, { services }) => stories.duplicateStory(services.banks.current, id),
  addRehearsal: ({ storyId, ...rehearsal }, { services }) =>
    stories.addRehearsal(services.banks.current, storyId, rehearsal),
};
