// Trash handlers: one line each over main/store/operations/stories.ts.
import type { trashChannels } from '#shared/api/channels/trash';
import * as stories from '../../store/operations/stories';
import type { HandlersFor } from '../handler-table';

export const trashHandlers: HandlersFor<keyof typeof trashChannels> = {
  restoreStory: ({ id }, { services }) => stories.restoreStory(services.banks.current, id),
  purgeStories: async ({ ids }, { services }) => ({ purged: await stories.purgeStories(services.banks.current, ids) }),
};
