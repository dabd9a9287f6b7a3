// Trash handlers: one line each over main/store/operations/stories.ts.
import type { trashChannels } from '../../../shared/api/channels/trash';
import * as stories from '../../store/operations/stories';
import { TRASH_DAYS } from '../../store/trash';
import type { HandlersFor } from '../handler-table';

export const trashHandlers: HandlersFor<keyof typeof trashChannels> = {
  restoreStory: ({ id }, { services }) => stories.restoreStory(services.banks.current, id),
  listTrash: (_request, { services }) => ({
    stories: stories.listTrash(services.banks.current.bank),
    keepDays: TRASH_DAYS,
  }),
  purgeStories: async ({ ids }, { services }) => ({ purged: await stories.purgeStories(services.banks.current, ids) }),
};
