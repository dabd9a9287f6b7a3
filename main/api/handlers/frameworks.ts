// Framework handlers: one line each over main/store/operations/frameworks.ts.
import type { frameworkChannels } from '#shared/api/channels/frameworks';
import * as frameworks from '../../store/operations/frameworks';
import type { HandlersFor } from '../handler-table';

export const frameworkHandlers: HandlersFor<keyof typeof frameworkChannels> = {
  copyFramework: ({ frameworkId, ...options }, { services }) =>
    frameworks.copyFramework(services.banks.current, frameworkId, options),
  setActiveFramework: ({ frameworkId }, { services }) =>
    frameworks.setActiveFramework(services.banks.current, frameworkId),
  createFramework: (request, { services }) => frameworks.createFramework(services.banks.current, request),
  updateFramework: ({ id, ...fields }, { services }) => frameworks.updateFramework(services.banks.current, id, fields),
  deleteFramework: async ({ id }, { services }) => ({
    deleted: true as const,
    settings: await frameworks.deleteFramework(services.banks.current, id),
  }),
};
