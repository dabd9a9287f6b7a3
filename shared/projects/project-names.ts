// Project names: a story belongs to a project when its `project` field names it. Names match
// case-insensitively and regardless of spacing, so "Fraud model" and "fraud  Model" are one project.
import { LIMITS } from '../domain/limits';

/** The key two names are compared by: trimmed, inner whitespace collapsed, lower-cased. */
export function projectKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLocaleLowerCase('en-US');
}

/** A name as it is stored: trimmed with inner whitespace collapsed (case kept). */
export function cleanProjectName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/**
 * Why a cleaned name cannot be saved, or null when it can. `empty` is the form's own wording for a
 * missing name; `retry` ends the too-long message ("try again", "save again").
 */
export function projectNameProblem(clean: string, empty: string, retry: string): string | null {
  if (!clean) return empty;
  if (clean.length > LIMITS.shortText)
    return `That name is ${clean.length} characters; a project name holds at most ${LIMITS.shortText}. Shorten it and ${retry}.`;
  return null;
}

/** Whether `story.project` names the project called `name`. */
export function inProject(storyProject: string, name: string): boolean {
  const key = projectKey(storyProject);
  return key !== '' && key === projectKey(name);
}
