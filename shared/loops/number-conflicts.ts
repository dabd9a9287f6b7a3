// Two stories about the same project that state different numbers for the same measure ("cut latency
// by 40%" here, "by 60%" there) will be noticed when interviewers compare notes. We flag a pair when,
// for one (measure, unit), neither story's numbers are contained in the other's: a story that repeats
// one of the other's numbers ("to 120ms" beside "from 200ms to 120ms") is consistent. A bare measure
// ("latency") is also compared with a qualified one in the other story ("p99 latency"): a listener
// hears the same metric. Two different qualifiers (p50 vs p99) are different metrics.
import type { Story } from '../domain/schemas';
import { storyNumberClaims, type NumberClaim, type UnitKind } from './number-claims';

export interface NumberConflict {
  project: string;
  measure: string;
  unit: UnitKind;
  stories: [NumberSide, NumberSide];
}

export interface NumberSide {
  storyId: string;
  /** Set when this side is what was said in a logged round rather than the story as written now. */
  entryId?: string;
  /** The numbers as written, e.g. ["40%"]. */
  values: string[];
  sentences: string[];
}

export const normalizeProject = (project: string) =>
  project
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const same = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
const containedIn = (xs: NumberClaim[], ys: NumberClaim[]) => xs.every((x) => ys.some((y) => same(x.value, y.value)));

/** "p99 latency|percent" → "latency|percent"; a bare key stays as it is. */
const bareKey = (key: string) => key.replace(/^\S+\s+(?=latency\|)/, '');

/** Pairs of claim lists to compare: the same key on both sides, or a bare key against the other side's qualified ones. */
function comparable(
  left: Map<string, NumberClaim[]>,
  right: Map<string, NumberClaim[]>,
): [string, NumberClaim[], NumberClaim[]][] {
  const out: [string, NumberClaim[], NumberClaim[]][] = [];
  for (const [key, claims] of left) {
    const same = right.get(key);
    if (same) out.push([key, claims, same]);
  }
  const qualified = (m: Map<string, NumberClaim[]>, bare: string) =>
    [...m].filter(([k]) => k !== bare && bareKey(k) === bare).flatMap(([, cs]) => cs);
  for (const [key, claims] of left) {
    if (bareKey(key) !== key || right.has(key)) continue;
    const theirs = qualified(right, key);
    if (theirs.length > 0) out.push([key, claims, theirs]);
  }
  for (const [key, claims] of right) {
    if (bareKey(key) !== key || left.has(key)) continue;
    const ours = qualified(left, key);
    if (ours.length > 0) out.push([key, ours, claims]);
  }
  return out;
}

/** One side of a comparison: a story as written now, or a story as it was said in a past round. */
export interface ClaimSide {
  storyId: string;
  project: string;
  claims: readonly NumberClaim[];
  /** Set for a side that is what was said in a logged round (the interview log entry id). */
  entryId?: string;
}

export function findNumberConflicts(stories: readonly Story[]): NumberConflict[] {
  return findClaimConflicts(
    stories.map((story) => ({ storyId: story.id, project: story.project, claims: storyNumberClaims(story) })),
  );
}

/**
 * Conflicts between any two sides about the same project (never two sides of one story as written now).
 * Sides that are what was said in a round (`entryId`) let the check run over the interview log too.
 */
export function findClaimConflicts(sides: readonly ClaimSide[]): NumberConflict[] {
  const byProject = new Map<string, { side: ClaimSide; claims: Map<string, NumberClaim[]> }[]>();
  for (const side of sides) {
    const project = normalizeProject(side.project);
    if (!project) continue; // without a project we cannot tell that two stories describe the same work
    const claims = new Map<string, NumberClaim[]>();
    for (const c of side.claims) {
      const key = `${c.measure}|${c.unit}`;
      claims.set(key, [...(claims.get(key) ?? []), c]);
    }
    byProject.set(project, [...(byProject.get(project) ?? []), { side, claims }]);
  }
  const conflicts: NumberConflict[] = [];
  for (const group of byProject.values()) {
    for (let a = 0; a < group.length; a++) {
      for (let b = a + 1; b < group.length; b++) {
        const [x, y] = [group[a].side, group[b].side];
        if (x.storyId === y.storyId && x.entryId === undefined && y.entryId === undefined) continue;
        if (x.entryId !== undefined && y.entryId !== undefined) continue; // two past tellings: the log is history
        for (const [key, left, right] of comparable(group[a].claims, group[b].claims)) {
          if (containedIn(left, right) || containedIn(right, left)) continue;
          const [measure, unit] = key.split('|') as [string, UnitKind];
          const side = (from: ClaimSide, cs: NumberClaim[]): NumberSide => ({
            storyId: from.storyId,
            ...(from.entryId !== undefined ? { entryId: from.entryId } : {}),
            values: [...new Set(cs.map((c) => c.text))],
            sentences: [...new Set(cs.map((c) => c.sentence))],
          });
          conflicts.push({ project: x.project, measure, unit, stories: [side(x, left), side(y, right)] });
        }
      }
    }
  }
  return conflicts;
}
