// The bank's projects: the ones the user created or wrote notes for (stored in `bank.projects`) and
// the ones that exist only because stories name them. One entry per project key.
import type { Project, Story } from '../domain/schemas';
import { projectKey } from './project-names';

export interface ProjectEntry {
  /** projectKey(name): stable while the name keeps its letters. */
  key: string;
  name: string;
  /** The stored record, when there is one (notes, deep-dive mark). */
  stored?: Project;
  /** Live stories whose `project` names it, in bank order. */
  stories: Story[];
}

/** The name most of a project's stories use (ties: the first one written). */
function commonSpelling(stories: readonly Story[]): string {
  const counts = new Map<string, number>();
  for (const s of stories) {
    const name = s.project.replace(/\s+/g, ' ').trim();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best = '';
  let most = 0;
  for (const [name, n] of counts)
    if (n > most) {
      best = name;
      most = n;
    }
  return best;
}

/**
 * Every project: stored ones under their stored name, story-only ones under the spelling most of
 * their stories use. The deep dive comes first, then by name. Stories in the trash are left out.
 */
export function listProjects(stories: readonly Story[], projects: readonly Project[]): ProjectEntry[] {
  const byKey = new Map<string, ProjectEntry>();
  for (const p of projects) {
    const key = projectKey(p.name);
    if (key && !byKey.has(key)) byKey.set(key, { key, name: p.name, stored: p, stories: [] });
  }
  const loose = new Map<string, Story[]>();
  for (const s of stories) {
    if (s.deletedAt) continue;
    const key = projectKey(s.project);
    if (!key) continue;
    const entry = byKey.get(key);
    if (entry) entry.stories.push(s);
    else loose.set(key, [...(loose.get(key) ?? []), s]);
  }
  for (const [key, list] of loose) byKey.set(key, { key, name: commonSpelling(list), stories: list });
  return [...byKey.values()].sort(
    (a, b) =>
      Number(b.stored?.deepDive ?? false) - Number(a.stored?.deepDive ?? false) ||
      a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }),
  );
}

/** The entry for `name` (matched by key), or undefined. */
export function findProject(entries: readonly ProjectEntry[], name: string): ProjectEntry | undefined {
  const key = projectKey(name);
  return entries.find((e) => e.key === key);
}
