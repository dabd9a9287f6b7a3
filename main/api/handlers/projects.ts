// Project handlers: one line each over main/store/operations/projects.ts and main/export.
import type { projectChannels } from '#shared/api/channels/projects';
import * as documents from '../../export/export-documents';
import * as projects from '../../store/operations/projects';
import type { HandlersFor } from '../handler-table';

export const projectHandlers: HandlersFor<keyof typeof projectChannels> = {
  createProject: ({ name }, { services }) => projects.createProject(services.banks.current, name),
  updateProject: ({ name, changes, expectedUpdatedAt }, { services }) =>
    projects.updateProject(services.banks.current, name, changes, expectedUpdatedAt),
  deleteProject: ({ name, unlinkStories }, { services }) =>
    projects.deleteProject(services.banks.current, name, unlinkStories),
  exportDeepDive: (request, context) => documents.exportDeepDive(request, context),
};
