// Loop handlers: one line each over main/store/operations/loops.ts and loop-plans.ts.
import type { loopChannels } from '#shared/api/channels/loops';
import * as plans from '../../store/operations/loop-plans';
import * as loops from '../../store/operations/loops';
import type { HandlersFor } from '../handler-table';

export const loopHandlers: HandlersFor<keyof typeof loopChannels> = {
  createLoop: (request, { services }) => loops.createLoop(services.banks.current, request),
  updateLoop: ({ id, fields, expectedUpdatedAt }, { services }) =>
    loops.updateLoop(services.banks.current, id, fields, expectedUpdatedAt),
  deleteLoop: async ({ id }, { services }) => ({
    deleted: true as const,
    ...(await loops.deleteLoop(services.banks.current, id)),
  }),
  suggestLoopPlan: ({ loopId, ...options }, { services }) =>
    plans.suggestLoopPlan(services.banks.current, loopId, options),
  applyLoopPlan: ({ loopId, rounds, expectedUpdatedAt }, { services }) =>
    plans.applyLoopPlan(services.banks.current, loopId, rounds, expectedUpdatedAt),
};
