// The exact optimizer behind Suggest, on plain indices (no domain types): assign stories to rounds to
// maximize the objective defined in plan-objective.ts.
//
// The objective is a sum over focus slots of w(s, r), the weight of the story credited with the slot
// (each slot goes to the best story placed in its round). So a plan is "one story per slot, and all of
// a story's slots in one round". The search decides slots one at a time and picks, for a slot j, a
// position p in j's candidate list (stories tagged for j, best weight first, ties to the lower index).
//
// Why this is small (the dominance argument): in an optimal plan with the smallest sum of credited
// story indices, every candidate ranked above j's story is used in ANOTHER round. If one were unused
// (or in j's round), crediting j to it instead would score higher, or score the same with a smaller
// index sum. So choosing position p obliges the p stories above it to be credited elsewhere: each
// takes up a slot of another round, and once a story has no slot left where it could still be
// credited, the branch is dead. The few slots of a loop therefore allow only the top few positions.
// Bounds, cheapest first: each open slot gets its best still-possible story; slots of one competency
// get distinct stories; and a Lagrangian bound that prices the open slots and lets each story take its
// single most profitable round. That last bound equals the LP relaxation at its best prices, which is
// almost always tight here: most 10-round × 100-story loops are proven optimal at the root. The priced
// choices are also complete plans, and with a local search they give the incumbent the bounds prune
// against. Measured in bench/planning.bench.ts (optimal fraction, median and p95 ms).
//
// This file is the search. Around it: assignment-problem.ts (input, output, result), assignment-
// candidates.ts (the tables searched over), greedy-plan.ts (the first incumbent), lagrangian-bound.ts
// (the pricing bound and reduced-cost fixing), plan-improvement.ts (scoring and local search).
import { improveByMoves, scoreAssignment, type SlotCandidates } from './plan-improvement';
import { summarize, type AssignmentProblem, type AssignmentResult } from './assignment-problem';
import { candidateTables, slotGroups } from './assignment-candidates';
import { greedyPlan } from './greedy-plan';
import { lagrangianBound } from './lagrangian-bound';

export type { AssignmentProblem, AssignmentResult } from './assignment-problem';

const DEFAULT_NODE_LIMIT = 200_000;
const ROOT_STEPS = 200; // the root's prices must be good: most loops are proven optimal right there
const NODE_STEPS = 6; // warm-started from the parent's prices
// Median runs take well under a frame; the slowest proofs take a few frames, which a click can afford
// (the bench reports both). Past this, the best plan found is returned with optimal: false.
const DEFAULT_TIME_BUDGET_MS = 50;

export function solveAssignment(problem: AssignmentProblem): AssignmentResult {
  const { roundCount, slotRound, stories } = problem;
  const slotCount = slotRound.length;
  const storyCount = stories.length;
  const { slotsByRound, weight, candidates, candidateWeight, position, slotsOf } = candidateTables(problem);

  // Search state, undone on backtrack.
  const round = new Int32Array(storyCount).fill(-1); // the round a story is placed in
  const credits = new Int32Array(storyCount); // slots credited to it (pinned stories stay placed at 0)
  stories.forEach((s, i) => {
    if (s.pinnedRound !== undefined) round[i] = s.pinnedRound;
  });
  const forbidden = new Int32Array(storyCount * Math.max(1, roundCount)); // obligations "not in round r"
  const obliged = new Int32Array(storyCount); // obligations "credited somewhere"
  const decided = new Int32Array(slotCount).fill(-2); // -2 undecided, -1 uncovered, else the story
  const oblige: number[] = []; // stack of obliged stories (with repeats), for the feasibility check

  const started = Date.now();
  const nodeLimit = problem.nodeLimit ?? DEFAULT_NODE_LIMIT;
  const timeBudget = problem.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  let nodes = 0;
  let stopped = false;

  const plans: SlotCandidates = {
    slotRound,
    candidates,
    candidateWeight,
    slotsOf,
    roundCount,
    pinnedRound: stories.map((s) => s.pinnedRound ?? -1),
  };
  let bestValue = -1;
  let bestPlan: number[] = [];
  /** Scores a story→round assignment (any is a valid plan) and keeps it if it is the best so far. */
  const offer = (storyRound: Int32Array, improve: boolean) => {
    if (improve) improveByMoves(plans, storyRound);
    const { value, slotStory } = scoreAssignment(plans, storyRound);
    if (value > bestValue) {
      bestValue = value;
      bestPlan = slotStory;
    }
  };
  const greedy = greedyPlan(problem, slotsByRound, weight);
  const greedyRounds = new Int32Array(storyCount).fill(-1);
  stories.forEach((s, i) => {
    if (s.pinnedRound !== undefined) greedyRounds[i] = s.pinnedRound;
  });
  greedy.forEach((i, j) => {
    if (i >= 0) greedyRounds[i] = slotRound[j];
  });
  offer(greedyRounds, true);

  /** First position of slot j whose story is placed in j's round (it takes j unless a better one joins), or the list length. */
  const firstPlaced = (j: number) => {
    const list = candidates[j];
    const r = slotRound[j];
    for (let p = 0; p < list.length; p++) if (round[list[p]] === r) return p;
    return list.length;
  };
  const canJoin = (i: number, r: number) => round[i] === -1 && forbidden[i * roundCount + r] === 0;

  /** Can an obliged, unplaced story still be credited with some undecided slot outside its forbidden rounds? */
  const stillPossible = (i: number) => {
    for (const j of slotsOf[i]) {
      if (decided[j] !== -2 || !canJoin(i, slotRound[j])) continue;
      if (position[j * storyCount + i] < firstPlaced(j)) return true;
    }
    return false;
  };
  const obligationsHold = () => {
    for (const i of oblige) if (round[i] === -1 && !stillPossible(i)) return false;
    return true;
  };

  const place = (i: number, r: number) => {
    if (credits[i]++ === 0 && stories[i].pinnedRound === undefined) round[i] = r;
  };
  const unplace = (i: number) => {
    if (--credits[i] === 0 && stories[i].pinnedRound === undefined) round[i] = -1;
  };
  const obligeAbove = (i: number, r: number) => {
    forbidden[i * roundCount + r]++;
    obliged[i]++;
    oblige.push(i);
  };
  const release = (i: number, r: number) => {
    forbidden[i * roundCount + r]--;
    obliged[i]--;
    oblige.pop();
  };

  // Groups of slots in distinct rounds that need distinct stories (see slotGroup).
  const groups = slotGroups(problem);
  const bestOf = new Float64Array(storyCount); // scratch: a story's best weight over a group's open slots
  const touched: number[] = [];

  // The Lagrangian bound prices the open slots; it reads the search state above as it changes.
  const pricing = lagrangianBound({
    slotRound,
    storyCount,
    roundCount,
    candidateWeight,
    position,
    slotsOf,
    round,
    decided,
    forbidden,
    firstPlaced,
    canJoin,
    bestValue: () => bestValue,
    offer,
  });

  const search = (value: number): void => {
    nodes++;
    if (nodes >= nodeLimit || ((nodes & 255) === 0 && Date.now() - started > timeBudget)) {
      stopped = true;
      return;
    }
    // Bound, per group: the lesser of "each open slot gets its best still-possible story" and "the open
    // slots get the best distinct stories". Branch on the slot with the fewest choices (ties: the
    // largest drop from its best to its second choice).
    let bound = value;
    let branchSlot = -1;
    let branchChoices = Infinity;
    let branchDrop = -1;
    for (const group of groups) {
      let open = 0;
      let perSlot = 0;
      for (const j of group) {
        if (decided[j] !== -2) continue;
        open++;
        const list = candidates[j];
        const r = slotRound[j];
        const stop = firstPlaced(j);
        let first = -1;
        let second = -1;
        let choices = 0;
        for (let p = 0; p < list.length && choices < group.length; p++) {
          if (p !== stop && !(p < stop && canJoin(list[p], r))) continue;
          const i = list[p];
          const w = candidateWeight[j][p];
          if (first < 0) first = p;
          else if (second < 0) second = p;
          choices++;
          if (bestOf[i] === 0) touched.push(i);
          if (w > bestOf[i]) bestOf[i] = w;
          if (p === stop) break;
        }
        if (first >= 0) perSlot += candidateWeight[j][first];
        const drop = first < 0 ? 0 : candidateWeight[j][first] - (second < 0 ? 0 : candidateWeight[j][second]);
        if (choices < branchChoices || (choices === branchChoices && drop > branchDrop)) {
          branchSlot = j;
          branchChoices = choices;
          branchDrop = drop;
        }
      }
      if (open === 0) continue;
      let distinct = perSlot;
      if (open > 1) {
        const values = touched.map((i) => bestOf[i]).sort((a, b) => b - a);
        distinct = 0;
        for (let k = 0; k < open && k < values.length; k++) distinct += values[k];
      }
      for (const i of touched) bestOf[i] = 0;
      touched.length = 0;
      bound += Math.min(perSlot, distinct);
    }
    if (bound <= bestValue || pricing.prunes(value, nodes === 1 ? ROOT_STEPS : NODE_STEPS, nodes === 1)) return;
    if (nodes === 1) pricing.fixAtRoot();
    if (branchSlot < 0) {
      bestValue = value;
      bestPlan = Array.from(decided, (i) => (i < 0 ? -1 : i));
      return;
    }

    const j = branchSlot;
    const r = slotRound[j];
    const list = candidates[j];
    const stop = firstPlaced(j);
    const newlyObliged: number[] = [];
    decided[j] = -1;
    for (let p = 0; p <= Math.min(stop, list.length - 1) && !stopped; p++) {
      const i = list[p];
      if (p === stop || canJoin(i, r)) {
        decided[j] = i;
        place(i, r);
        if (obligationsHold()) search(value + candidateWeight[j][p]);
        unplace(i);
        decided[j] = -1;
      }
      if (p === stop) break;
      // From here on, j goes to a lower story: this one must be credited in another round.
      if (round[i] === -1) {
        obligeAbove(i, r);
        newlyObliged.push(i);
      }
      // j itself stays open for the lower positions (a story obliged elsewhere may still take it).
      decided[j] = -2;
      const feasible = obligationsHold();
      decided[j] = -1;
      if (!feasible) break;
    }
    // Uncovered: only when every candidate is used elsewhere (all obliged by now, none placed in r).
    if (
      !stopped &&
      stop === list.length &&
      newlyObliged.length + list.filter((i) => round[i] !== -1).length === list.length &&
      obligationsHold()
    )
      search(value);
    for (let k = newlyObliged.length - 1; k >= 0; k--) release(newlyObliged[k], r);
    decided[j] = -2;
  };
  search(0);

  return summarize(bestPlan, problem, slotsByRound, !stopped, nodes);
}
