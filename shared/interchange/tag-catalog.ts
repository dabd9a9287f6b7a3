// Competency and stage tags on import: files carry ids ("ml.ownership", our exports) or names
// ("Ownership", people's own files). Names are matched to ids through a catalog of what the app
// knows (preset and user frameworks, stages); unknown names become slugs, with a warning.
import { ID_PATTERN } from '../domain/ids';
import { SLUG_PATTERN } from '../domain/schemas';

/** What TagId accepts, without building a zod error per tag (an import may hold 80,000 of them). */
const isTagId = (value: string) => ID_PATTERN.test(value) || SLUG_PATTERN.test(value);

export interface TagCatalog {
  competencies: readonly { id: string; name: string }[];
  stages: readonly { id: string; name: string }[];
}

export const EMPTY_CATALOG: TagCatalog = { competencies: [], stages: [] };

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9._]+/g, '-')
    .replace(/^[-._]+|-+$/g, '')
    .slice(0, 80);
}

export interface ResolvedTags {
  ids: string[];
  /** Values that matched nothing known; kept (as slugs) and reported. */
  unknown: string[];
}

export function resolveTags(values: readonly string[], known: TagCatalog['competencies']): ResolvedTags {
  const ids = new Set<string>();
  const unknown: string[] = [];
  const byId = new Set(known.map((k) => k.id));
  const byName = new Map<string, string>();
  for (const k of known) if (!byName.has(k.name.toLowerCase())) byName.set(k.name.toLowerCase(), k.id);
  for (const value of values) {
    let id: string | undefined;
    if (byId.has(value)) id = value;
    else if (byName.has(value.toLowerCase())) id = byName.get(value.toLowerCase());
    else {
      id = isTagId(value) ? value : slugify(value);
      if (id) unknown.push(value);
    }
    if (id) ids.add(id);
  }
  return { ids: [...ids], unknown };
}

/**
 * How exports write tags: by the name the user sees, where that name reads back as the same id
 * (resolveTags picks the first tag of a name, and ids win over names); otherwise by id, so a name
 * two frameworks share, or a tag the catalog does not know, still imports back exactly.
 */
export function tagLabeller(known: TagCatalog['competencies']): (id: string) => string {
  const ids = new Set(known.map((k) => k.id));
  const firstByName = new Map<string, string>();
  for (const k of known) if (!firstByName.has(k.name.toLowerCase())) firstByName.set(k.name.toLowerCase(), k.id);
  const label = new Map<string, string>();
  for (const k of known) {
    const name = k.name.trim();
    const readsBack =
      name === k.name && !/[\r\n]/.test(name) && firstByName.get(name.toLowerCase()) === k.id && !ids.has(name);
    if (readsBack && !label.has(k.id)) label.set(k.id, name);
  }
  return (id) => label.get(id) ?? id;
}
