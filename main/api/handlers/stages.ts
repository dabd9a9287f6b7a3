// Stage handlers: one line each over main/store/operations/stages.ts.
import type { stageChannels } from '#shared/api/channels/stages';
import * as stages from '../../store/operations/stages';
import type { HandlersFor } from '../handler-table';

export const stageHandlers: HandlersFor<keyof typeof stageChannels> = {
  createStage: ({ name }, { services }) => stages.createStage(services.banks.current, name),
  renameStage: ({ id, name }, { services }) => stages.renameStage(services.banks.current, id, name),
  reorderStages: async ({ ids }, { services }) => ({ stages: await stages.reorderStages(services.banks.current, ids) }),
  deleteStage: async ({ id }, { services }) => ({
    deleted: true as const,
    ...(await stages.deleteStage(services.banks.current, id)),
  }),
};
