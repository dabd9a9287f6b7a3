// The exact Suggest solver's input and output, on plain indices (no domain types), and how a
// slot→story plan becomes a result. Kept apart from the search so the helpers around it (candidate
// tables, the starting plan, the pricing bound) can share the types without importing the search.
import { fitPoints, type PlanObjective } from './plan-objective';

export interface AssignmentProblem {
  roundCount: number;
  /** The round of each focus slot. */
  slotRound: readonly number[];
  stories: readonly {
    /** Readiness in integer tenths (0..1000). */
    readiness: number;
    /** The slots this story is tagged for, in any round. */
    slots: readonly number[];
    /** A story the user placed in a round themselves: it stays there and nowhere else. */
    pinnedRound?: number;
  }[];
  /**
   * Optional group per slot, e.g. its competency. Slots of one group in different rounds need different
   * stories (a story is told in one round), which tightens the bound. Default: every slot on its own.
   */
  slotGroup?: readonly number[];
  /** Stop after this many search nodes and return the best plan found (marked not optimal). */
  nodeLimit?: number;
  /** Stop after about this many milliseconds (checked every few hundred nodes), likewise. */
  timeBudgetMs?: number;
}

export interface AssignmentResult {
  /** Round index per story, or -1 when unused. */
  storyRound: number[];
  /** Story index credited with each slot, or -1 when the slot stays uncovered. */
  slotStory: number[];
  objective: PlanObjective & { stories: number };
  /** True when the search finished: no plan is better. */
  optimal: boolean;
  nodes: number;
}

/** The result for a plan given as the story credited with each slot (-1: uncovered). */
export function summarize(
  slotStory: number[],
  problem: AssignmentProblem,
  slotsByRound: number[][][],
  optimal: boolean,
  nodes: number,
): AssignmentResult {
  const storyRound = problem.stories.map((s) => s.pinnedRound ?? -1);
  let readiness = 0;
  let fit = 0;
  let covered = 0;
  slotStory.forEach((i, j) => {
    if (i < 0) return;
    const r = problem.slotRound[j];
    storyRound[i] = r;
    covered++;
    readiness += problem.stories[i].readiness;
    fit += fitPoints(slotsByRound[i][r].length);
  });
  const stories = storyRound.filter((r) => r >= 0).length;
  return { storyRound, slotStory, objective: { covered, readiness, fit, stories }, optimal, nodes };
}
