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

export function findNumberConflicts(stories: readonly Story[]): NumberConflict[] {
  const byProject = new Map<string, { story: Story; claims: Map<string, NumberClaim[]> }[]>();
  for (const story of stories) {
    const project = normalizeProject(story.project);
    if (!project) continue; // without a project we cannot tell that two stories describe the same work
    const claims = new Map<string, NumberClaim[]>();
    for (const c of storyNumberClaims(story)) {
      const key = `${c.measure}|${c.unit}`;
      claims.set(key, [...(claims.get(key) ?? []), c]);
    }
    byProject.set(project, [...(byProject.get(project) ?? []), { story, claims }]);
  }
  const conflicts: NumberConflict[] = [];
  for (const group of byProject.values()) {
    for (let a = 0; a < group.length; a++) {
      for (let b = a + 1; b < group.length; b++) {
        if (group[a].story.id === group[b].story.id) continue;
        for (const [key, left, right] of comparable(group[a].claims, group[b].claims)) {
          if (containedIn(left, right) || containedIn(right, left)) continue;
          const [measure, unit] = key.split('|') as [string, UnitKind];
          const side = (story: Story, cs: NumberClaim[]): NumberSide => ({
            storyId: story.id,
            values: [...new Set(cs.map((c) => c.text))],
            sentences: [...new Set(cs.map((c) => c.sentence))],
          });
          conflicts.push({
            project: group[a].story.project,
            measure,
            unit,
            stories: [side(group[a].story, left), side(group[b].story, right)],
          });
        }
      }
    }
  }
  return conflicts;
}
