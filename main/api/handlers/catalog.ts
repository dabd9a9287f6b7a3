// Handlers for the bank's own frameworks, stages, loops, profile and settings: thin wrappers over
// main/store/operations.
import type { HandlersFor } from '../handler-table';
import * as frameworks from '../../store/operations/frameworks';
import * as loops from '../../store/operations/loops';
import { updateProfile, updateSettings } from '../../store/operations/profile-settings';
import * as stages from '../../store/operations/stages';

type CatalogChannel =
  | 'createFramework'
  | 'updateFramework'
  | 'deleteFramework'
  | 'listStages'
  | 'createStage'
  | 'renameStage'
  | 'reorderStages'
  | 'deleteStage'
  | 'listLoops'
  | 'createLoop'
  | 'updateLoop'
  | 'deleteLoop'
  | 'getProfile'
  | 'updateProfile'
  | 'getSettings'
  | 'updateSettings';

export const catalogHandlers: HandlersFor<CatalogChannel> = {
  createFramework: (request, { services }) => frameworks.createFramework(services.banks.current, request),
  updateFramework: ({ id, ...fields }, { services }) => frameworks.updateFramework(services.banks.current, id, fields),
  deleteFramework: async ({ id }, { services }) => ({
    deleted: true as const,
    settings: await frameworks.deleteFramework(services.banks.current, id),
  }),

  listStages: (_request, { services }) => ({ stages: services.banks.current.bank.stages }),
  createStage: ({ name }, { services }) => stages.createStage(services.banks.current, name),
  renameStage: ({ id, name }, { services }) => stages.renameStage(services.banks.current, id, name),
  reorderStages: async ({ ids }, { services }) => ({ stages: await stages.reorderStages(services.banks.current, ids) }),
  deleteStage: async ({ id }, { services }) => ({
    deleted: true as const,
    ...(await stages.deleteStage(services.banks.current, id)),
  }),

  listLoops: (_request, { services }) => ({ loops: services.banks.current.bank.loops }),
  createLoop: (request, { services }) => loops.createLoop(services.banks.current, request),
  updateLoop: ({ id, fields, expectedUpdatedAt }, { services }) =>
    loops.updateLoop(services.banks.current, id, fields, expectedUpdatedAt),
  deleteLoop: async ({ id }, { services }) => ({
    deleted: true as const,
    ...(await loops.deleteLoop(services.banks.current, id)),
  }),

  getProfile: (_request, { services }) => services.banks.current.bank.profile,
  updateProfile: (changes, { services }) => updateProfile(services.banks.current, changes),
  getSettings: (_request, { services }) => services.banks.current.bank.settings,
  updateSettings: (changes, { services }) => updateSettings(services.banks.current, changes),
};
