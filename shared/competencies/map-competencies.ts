// Carries a story's competency tags from one framework to another. Tags are never dropped: the
// original ids stay on the story and the mapped ids are added, so switching back and forth is lossless.
import type { Framework } from '../domain/schemas';
import { EQUIVALENCE_GROUPS } from './equivalences';
import { PRESET_FRAMEWORKS } from './preset-frameworks';

/** How a framework's competency was reached from a story's tags. */
export type MatchKind = 'tagged' | 'mapped';

export interface MappedTag {
  /** A competency id in the target framework. */
  id: string;
  /** The story tag it came from. */
  from: string;
  /** 'same' when the tag is the target id itself; otherwise the shared idea (e.g. 'ownership') or 'same name'. */
  via: string;
}

export interface CompetencyMapping {
  /** Target-framework ids the tags correspond to, in the target framework's order. */
  mapped: string[];
  /** Tags with no counterpart in the target framework (kept on the story all the same). */
  unmapped: string[];
  /** The tags to store: the originals followed by any newly mapped ids. Never loses an original. */
  tags: string[];
  /** One line per link, for explaining why a tag counts. */
  links: MappedTag[];
}

const equivalents = new Map<string, { id: string; concept: string }[]>();
for (const group of EQUIVALENCE_GROUPS) {
  for (const a of group.members) {
    for (const b of group.members) {
      if (a === b) continue;
      const list = equivalents.get(a) ?? [];
      if (!list.some((e) => e.id === b)) list.push({ id: b, concept: group.concept });
      equivalents.set(a, list);
    }
  }
}

/** Competency ids (in any preset) that correspond to `id`, one hop through the equivalence groups. */
export function equivalentCompetencyIds(id: string): string[] {
  return (equivalents.get(id) ?? []).map((e) => e.id);
}

const normalizeName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Maps competency ids onto `target`. A tag maps when it is already in the target, when it shares an
 * equivalence group with a target competency, or (for user-made competencies) when a competency of
 * the same name exists in the target. `frameworks` lets names of user competencies be looked up.
 */
export function mapCompetencies(
  ids: readonly string[],
  target: Framework,
  frameworks: readonly Framework[] = PRESET_FRAMEWORKS,
): CompetencyMapping {
  const targetIds = new Set(target.competencies.map((c) => c.id));
  const targetByName = new Map(target.competencies.map((c) => [normalizeName(c.name), c.id]));
  const nameOf = new Map<string, string>();
  for (const f of [...PRESET_FRAMEWORKS, ...frameworks])
    for (const c of f.competencies) if (!nameOf.has(c.id)) nameOf.set(c.id, c.name);

  const links: MappedTag[] = [];
  const unmapped: string[] = [];
  for (const from of new Set(ids)) {
    const before = links.length;
    // A tag that is already in the target was chosen on purpose: do not widen it to its neighbours.
    if (targetIds.has(from)) links.push({ id: from, from, via: 'same' });
    else
      for (const e of equivalents.get(from) ?? [])
        if (targetIds.has(e.id)) links.push({ id: e.id, from, via: e.concept });
    if (links.length === before) {
      const name = nameOf.get(from);
      const byName = name === undefined ? undefined : targetByName.get(normalizeName(name));
      if (byName !== undefined) links.push({ id: byName, from, via: 'same name' });
      else unmapped.push(from);
    }
  }
  const hit = new Set(links.map((l) => l.id));
  const mapped = target.competencies.map((c) => c.id).filter((id) => hit.has(id));
  const originals = [...new Set(ids)];
  const tags = [...originals, ...mapped.filter((id) => !originals.includes(id))];
  return { mapped, unmapped, tags, links };
}

/**
 * A fast matcher for one target framework, for code that maps many stories (coverage, the planner):
 * given a story's tags, which target competencies it covers and whether directly or through a mapping.
 */
export function competencyMatcher(
  target: Framework,
  frameworks: readonly Framework[] = PRESET_FRAMEWORKS,
): (tags: readonly string[]) => Map<string, MatchKind> {
  const cache = new Map<string, string[]>();
  const resolveTag = (tag: string): string[] => {
    let hit = cache.get(tag);
    if (!hit) {
      hit = mapCompetencies([tag], target, frameworks).mapped;
      cache.set(tag, hit);
    }
    return hit;
  };
  return (tags) => {
    const out = new Map<string, MatchKind>();
    for (const tag of tags) {
      for (const id of resolveTag(tag)) {
        if (id === tag) out.set(id, 'tagged');
        else if (!out.has(id)) out.set(id, 'mapped');
      }
    }
    return out;
  };
}
