// Project names: a story belongs to a project when its `project` field names it. Names match
// case-insensitively and regardless of spacing, so "Fraud model" and "fraud  Model" are one project.

/** The key two names are compared by: trimmed, inner whitespace collapsed, lower-cased. */
export function projectKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLocaleLowerCase('en-US');
}

/** A name as it is stored: trimmed with inner whitespace collapsed (case kept). */
export function cleanProjectName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** Whether `story.project` names the project called `name`. */
export function inProject(storyProject: string, name: string): boolean {
  const key = projectKey(storyProject);
  return key !== '' && key === projectKey(name);
}
