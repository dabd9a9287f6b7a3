// The tables the exact Suggest solver searches over, built once per problem: each story's slots per
// round, the weight w(i, r) of story i credited in round r, per slot its candidate stories best first
// (ties to the lower index) with their weights and positions, and the slot groups that need distinct
// stories. Separate from the search so the search reads as decisions, not bookkeeping.
import { fitPoints, slotWeightScale } from './plan-objective';
import type { AssignmentProblem } from './assignment-problem';

export interface CandidateTables {
  /** Per story, per round, the slots of that round it is tagged for. */
  slotsByRound: number[][][];
  /** w(i, r): the weight a slot of round r gets when story i is credited with it. */
  weight: (i: number, r: number) => number;
  /** Per slot, the stories that may be credited with it, best first. */
  candidates: number[][];
  /** Per slot, the weight of each candidate, aligned with `candidates`. */
  candidateWeight: number[][];
  /** position[j * storyCount + i]: story i's place in slot j's candidate list, or -1. */
  position: Int32Array;
  /** Per story, the slots it is a candidate for. */
  slotsOf: number[][];
}

export function candidateTables(problem: AssignmentProblem): CandidateTables {
  const { roundCount, slotRound, stories } = problem;
  const slotCount = slotRound.length;
  const storyCount = stories.length;
  const { coverUnit, readinessUnit } = slotWeightScale(slotCount);

  const slotsByRound: number[][][] = stories.map((s) => {
    const byRound: number[][] = Array.from({ length: roundCount }, () => []);
    for (const j of new Set(s.slots)) byRound[slotRound[j]].push(j);
    return byRound;
  });
  const weight = (i: number, r: number) =>
    coverUnit + readinessUnit * stories[i].readiness + fitPoints(slotsByRound[i][r].length);

  // Candidate lists: per slot, the stories that may be credited with it, best first.
  const candidates: number[][] = Array.from({ length: slotCount }, () => []);
  stories.forEach((s, i) => {
    for (const j of new Set(s.slots))
      if (s.pinnedRound === undefined || s.pinnedRound === slotRound[j]) candidates[j].push(i);
  });
  const candidateWeight: number[][] = candidates.map((list, j) => {
    const r = slotRound[j];
    list.sort((a, b) => weight(b, r) - weight(a, r) || a - b);
    return list.map((i) => weight(i, r));
  });
  const position = new Int32Array(slotCount * storyCount).fill(-1);
  candidates.forEach((list, j) =>
    list.forEach((i, p) => {
      position[j * storyCount + i] = p;
    }),
  );
  const slotsOf: number[][] = stories.map(() => []);
  candidates.forEach((list, j) => {
    for (const i of list) slotsOf[i].push(j);
  });
  return { slotsByRound, weight, candidates, candidateWeight, position, slotsOf };
}

/** Groups of slots in distinct rounds that need distinct stories (see AssignmentProblem.slotGroup). */
export function slotGroups(problem: AssignmentProblem): number[][] {
  const { slotRound } = problem;
  const groups: number[][] = [];
  const groupOf = new Map<number, number[]>();
  for (let j = 0; j < slotRound.length; j++) {
    const key = problem.slotGroup?.[j];
    const group = key === undefined ? undefined : groupOf.get(key);
    if (group && !group.some((q) => slotRound[q] === slotRound[j])) {
      group.push(j);
      continue;
    }
    const fresh = [j];
    groups.push(fresh);
    if (key !== undefined && !group) groupOf.set(key, fresh);
  }
  return groups;
}
