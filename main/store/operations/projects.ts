// Projects in the bank: a stored record per project the user created, wrote depth-map notes for or
// marked as their deep dive. Stories belong to a project through their `project` field, so a rename
// renames it on every story of the project in the same write, and a delete can unlink them.
import { ApiError } from '#shared/api/errors';
import { LIMITS } from '#shared/domain/limits';
import type { Bank, Project, Story } from '#shared/domain/schemas';
import { cleanProjectName, inProject, isLayerId, listProjects, projectKey } from '#shared/projects/index';
import type { BankStore } from '../bank-store';
import { nextTimestamp } from './timestamps';

/** What a project write changed: every project (the deep-dive mark moves between them) and the stories renamed. */
export interface ProjectsChanged {
  projects: Project[];
  stories: Story[];
}

function validName(name: string): string {
  const clean = cleanProjectName(name);
  if (!clean) throw new ApiError('invalid-request', 'A project needs a name.');
  if (clean.length > LIMITS.shortText)
    throw new ApiError(
      'too-large',
      `The project name is too long (at most ${LIMITS.shortText} characters); nothing was changed.`,
    );
  return clean;
}

function exists(bank: Bank, name: string): boolean {
  const key = projectKey(name);
  return listProjects(bank.stories, bank.projects).some((p) => p.key === key);
}

function notFound(name: string): ApiError {
  return new ApiError('not-found', `There is no project called “${name}” any more. Reload the list of projects.`);
}

export function createProject(store: BankStore, name: string): Promise<ProjectsChanged> {
  return store.update(
    (bank, now) => {
      const clean = validName(name);
      const key = projectKey(clean);
      if (bank.projects.some((p) => projectKey(p.name) === key))
        throw new ApiError('conflict', `A project called “${clean}” already exists.`);
      if (bank.projects.length >= LIMITS.projects)
        throw new ApiError('too-large', `A bank can hold at most ${LIMITS.projects} projects.`);
      const project: Project = { name: clean, deepDive: false, layerNotes: {}, updatedAt: now.toISOString() };
      return { ...bank, projects: [...bank.projects, project] };
    },
    (bank) => ({ projects: bank.projects, stories: [] }),
  );
}

export interface ProjectChanges {
  name?: string;
  deepDive?: boolean;
  /** Notes per layer id; '' removes a layer's notes. Layers not named keep theirs. */
  layerNotes?: Partial<Record<string, string>>;
}

export function updateProject(
  store: BankStore,
  name: string,
  changes: ProjectChanges,
  expectedUpdatedAt?: string,
): Promise<ProjectsChanged> {
  let renamed: string[] = [];
  return store.update(
    (bank, now) => {
      const key = projectKey(name);
      const stored = bank.projects.find((p) => projectKey(p.name) === key);
      if (!stored && !exists(bank, name)) throw notFound(name);
      if (stored && expectedUpdatedAt !== undefined && expectedUpdatedAt !== stored.updatedAt)
        throw new ApiError(
          'conflict',
          `“${stored.name}” was changed elsewhere (another window?). Reload it to see the latest version.`,
        );
      for (const layer of Object.keys(changes.layerNotes ?? {}))
        if (!isLayerId(layer)) throw new ApiError('invalid-request', `“${layer}” is not a layer of the depth map.`);
      const current: Project = stored ?? {
        name: listProjects(bank.stories, []).find((p) => p.key === key)?.name ?? cleanProjectName(name),
        deepDive: false,
        layerNotes: {},
        updatedAt: now.toISOString(),
      };
      const newName = changes.name === undefined ? current.name : validName(changes.name);
      const newKey = projectKey(newName);
      if (newKey !== key && exists(bank, newName))
        throw new ApiError(
          'conflict',
          `A project called “${newName}” already exists. Pick another name, or move the stories to it.`,
        );
      const layerNotes = { ...current.layerNotes };
      for (const [layer, text] of Object.entries(changes.layerNotes ?? {})) {
        if (text === undefined) continue;
        if (text.trim() === '') delete layerNotes[layer];
        else layerNotes[layer] = text;
      }
      const next: Project = {
        name: newName,
        deepDive: changes.deepDive ?? current.deepDive,
        layerNotes,
        updatedAt: nextTimestamp(stored?.updatedAt, now),
      };
      const projects = bank.projects
        .filter((p) => projectKey(p.name) !== key)
        .map((p) =>
          next.deepDive && p.deepDive ? { ...p, deepDive: false, updatedAt: nextTimestamp(p.updatedAt, now) } : p,
        );
      // Keep the record's place in the list (a new one goes at the end).
      const at = stored ? bank.projects.indexOf(stored) : projects.length;
      projects.splice(Math.min(at, projects.length), 0, next);
      renamed = [];
      const stories =
        newName === current.name && !changes.name
          ? bank.stories
          : bank.stories.map((s) => {
              if (!inProject(s.project, name) || s.project === newName) return s;
              renamed.push(s.id);
              return { ...s, project: newName, updatedAt: nextTimestamp(s.updatedAt, now) };
            });
      return { ...bank, projects, stories };
    },
    (bank) => ({ projects: bank.projects, stories: bank.stories.filter((s) => renamed.includes(s.id)) }),
  );
}

/** Removes the project's record (its notes); with `unlinkStories`, its stories no longer name it. */
export function deleteProject(store: BankStore, name: string, unlinkStories: boolean): Promise<ProjectsChanged> {
  let unlinked: string[] = [];
  return store.update(
    (bank, now) => {
      if (!exists(bank, name)) throw notFound(name);
      const key = projectKey(name);
      unlinked = [];
      const stories = unlinkStories
        ? bank.stories.map((s) => {
            if (!inProject(s.project, name)) return s;
            unlinked.push(s.id);
            return { ...s, project: '', updatedAt: nextTimestamp(s.updatedAt, now) };
          })
        : bank.stories;
      return { ...bank, projects: bank.projects.filter((p) => projectKey(p.name) !== key), stories };
    },
    (bank) => ({ projects: bank.projects, stories: bank.stories.filter((s) => unlinked.includes(s.id)) }),
  );
}
