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
import { fitPoints, slotWeightScale, type PlanObjective } from './plan-objective';
import { improveByMoves, scoreAssignment, type SlotCandidates } from './plan-improvement';

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

const DEFAULT_NODE_LIMIT = 200_000;
const ROOT_STEPS = 200; // the root's prices must be good: most loops are proven optimal right there
const NODE_STEPS = 6; // warm-started from the parent's prices
const STALE_STEPS = 5;
const HEURISTIC_EVERY = 5;
// Median runs take well under a frame; the slowest proofs take a few frames, which a click can afford
// (the bench reports both). Past this, the best plan found is returned with optimal: false.
const DEFAULT_TIME_BUDGET_MS = 50;

export function solveAssignment(problem: AssignmentProblem): AssignmentResult {
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
    for (const j of new Set(s.slots)) if (s.pinnedRound === undefined || s.pinnedRound === slotRound[j]) candidates[j].push(i);
  });
  const candidateWeight: number[][] = candidates.map((list, j) => {
    const r = slotRound[j];
    list.sort((a, b) => weight(b, r) - weight(a, r) || a - b);
    return list.map((i) => weight(i, r));
  });
  const position = new Int32Array(slotCount * storyCount).fill(-1);
  candidates.forEach((list, j) => list.forEach((i, p) => { position[j * storyCount + i] = p; }));
  const slotsOf: number[][] = stories.map(() => []);
  candidates.forEach((list, j) => { for (const i of list) slotsOf[i].push(j); });

  // Search state, undone on backtrack.
  const round = new Int32Array(storyCount).fill(-1); // the round a story is placed in
  const credits = new Int32Array(storyCount); // slots credited to it (pinned stories stay placed at 0)
  stories.forEach((s, i) => { if (s.pinnedRound !== undefined) round[i] = s.pinnedRound; });
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
    slotRound, candidates, candidateWeight, slotsOf, roundCount, pinnedRound: stories.map((s) => s.pinnedRound ?? -1),
  };
  let bestValue = -1;
  let bestPlan: number[] = [];
  /** Scores a story→round assignment (any is a valid plan) and keeps it if it is the best so far. */
  const offer = (storyRound: Int32Array, improve: boolean) => {
    if (improve) improveByMoves(plans, storyRound);
    const { value, slotStory } = scoreAssignment(plans, storyRound);
    if (value > bestValue) { bestValue = value; bestPlan = slotStory; }
  };
  const greedy = greedyPlan(problem, slotsByRound, weight);
  const greedyRounds = new Int32Array(storyCount).fill(-1);
  stories.forEach((s, i) => { if (s.pinnedRound !== undefined) greedyRounds[i] = s.pinnedRound; });
  greedy.forEach((i, j) => { if (i >= 0) greedyRounds[i] = slotRound[j]; });
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

  const place = (i: number, r: number) => { if (credits[i]++ === 0 && stories[i].pinnedRound === undefined) round[i] = r; };
  const unplace = (i: number) => { if (--credits[i] === 0 && stories[i].pinnedRound === undefined) round[i] = -1; };
  const obligeAbove = (i: number, r: number) => { forbidden[i * roundCount + r]++; obliged[i]++; oblige.push(i); };
  const release = (i: number, r: number) => { forbidden[i * roundCount + r]--; obliged[i]--; oblige.pop(); };

  // Groups of slots in distinct rounds that need distinct stories (see slotGroup).
  const groups: number[][] = [];
  const groupOf = new Map<number, number[]>();
  for (let j = 0; j < slotCount; j++) {
    const key = problem.slotGroup?.[j];
    const group = key === undefined ? undefined : groupOf.get(key);
    if (group && !group.some((q) => slotRound[q] === slotRound[j])) { group.push(j); continue; }
    const fresh = [j];
    groups.push(fresh);
    if (key !== undefined && !group) groupOf.set(key, fresh);
  }
  const bestOf = new Float64Array(storyCount); // scratch: a story's best weight over a group's open slots
  const touched: number[] = [];

  // Lagrangian bound: price each open slot (lambda), let every story pick its single most profitable
  // round at those prices, and add the prices up. Any prices give an upper bound that respects "one
  // round per story" (which the per-slot bounds above ignore); a few subgradient steps per node move
  // the prices toward the tightest bound. Prices carry over from node to node as a warm start.
  // Start each slot at its second-best weight: the best story keeps a margin, the rest none.
  const lambda = Float64Array.from(candidateWeight, (ws) => ws[1] ?? 0);
  const demand = new Int32Array(slotCount);
  const stopAt = new Int32Array(slotCount);
  const roundGain = new Float64Array(Math.max(1, roundCount));
  const gainRounds: number[] = [];
  const choice = new Int32Array(storyCount); // each story's round in the last priced plan
  const eligibleWeight = (i: number, j: number) => {
    const p = position[j * storyCount + i];
    if (p > stopAt[j] || (p < stopAt[j] && !canJoin(i, slotRound[j]))) return -1;
    return candidateWeight[j][p];
  };
  const dual = (): number => {
    let total = 0;
    for (let j = 0; j < slotCount; j++) {
      demand[j] = 0;
      if (decided[j] === -2) total += lambda[j];
    }
    for (let i = 0; i < storyCount; i++) {
      choice[i] = round[i];
      for (const j of slotsOf[i]) {
        if (decided[j] !== -2) continue;
        const gain = eligibleWeight(i, j) - lambda[j];
        if (gain <= 0) continue;
        const r = slotRound[j];
        if (roundGain[r] === 0) gainRounds.push(r);
        roundGain[r] += gain;
      }
      if (gainRounds.length === 0) continue;
      let bestRound = gainRounds[0];
      for (const r of gainRounds) if (roundGain[r] > roundGain[bestRound]) bestRound = r;
      total += roundGain[bestRound];
      choice[i] = bestRound;
      for (const r of gainRounds) roundGain[r] = 0;
      gainRounds.length = 0;
      for (const j of slotsOf[i]) {
        if (decided[j] === -2 && slotRound[j] === bestRound && eligibleWeight(i, j) - lambda[j] > 0) demand[j]++;
      }
    }
    return total;
  };
  /** True when the open slots cannot lift `value` above the best plan found. */
  const lagrangianPrunes = (value: number, steps: number): boolean => {
    for (let j = 0; j < slotCount; j++) if (decided[j] === -2) stopAt[j] = firstPlaced(j);
    const root = nodes === 1;
    const beats = (bound: number) => value + bound >= bestValue + 1 - 1e-6; // the objective is an integer
    let bound = dual();
    if (root) bestLambda.set(lambda);
    // Polyak steps toward "just below the best plan"; the step shrinks when the bound stops falling.
    let scale = 1;
    let stale = 0;
    for (let step = 0; step < steps && beats(bound); step++) {
      let norm = 0;
      for (let j = 0; j < slotCount; j++) if (decided[j] === -2) norm += (1 - demand[j]) ** 2;
      if (norm === 0) break;
      const t = (scale * (value + bound - bestValue)) / norm;
      for (let j = 0; j < slotCount; j++) if (decided[j] === -2) lambda[j] = Math.max(0, lambda[j] - t * (1 - demand[j]));
      const next = dual();
      if (next < bound) { bound = next; stale = 0; if (root) bestLambda.set(lambda); }
      else if (++stale >= STALE_STEPS) { scale /= 2; stale = 0; }
      // The priced choices are a plan too (one round per story): often a better one than we have.
      if (step % HEURISTIC_EVERY === 0) offer(choice.slice(), false);
    }
    if (root) offer(choice.slice(), true);
    return !beats(bound);
  };
  const bestLambda = new Float64Array(slotCount);

  /**
   * Reduced-cost fixing, once at the root: with the best prices, if putting story i in round r caps
   * every plan below the best one known, no better plan has i in r, so r is closed to i for good.
   */
  const fixAtRoot = () => {
    lambda.set(bestLambda);
    const total = dual();
    for (let i = 0; i < storyCount; i++) {
      if (round[i] !== -1) continue;
      const profit = new Map<number, number>();
      for (const j of slotsOf[i]) {
        const r = slotRound[j];
        profit.set(r, (profit.get(r) ?? 0) + Math.max(0, eligibleWeight(i, j) - lambda[j]));
      }
      const own = Math.max(0, ...profit.values());
      for (const [r, g] of profit) if (total - own + g < bestValue + 1 - 1e-6) forbidden[i * roundCount + r]++;
    }
  };

  const search = (value: number): void => {
    nodes++;
    if (nodes >= nodeLimit || ((nodes & 255) === 0 && Date.now() - started > timeBudget)) { stopped = true; return; }
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
          if (first < 0) first = p; else if (second < 0) second = p;
          choices++;
          if (bestOf[i] === 0) touched.push(i);
          if (w > bestOf[i]) bestOf[i] = w;
          if (p === stop) break;
        }
        if (first >= 0) perSlot += candidateWeight[j][first];
        const drop = first < 0 ? 0 : candidateWeight[j][first] - (second < 0 ? 0 : candidateWeight[j][second]);
        if (choices < branchChoices || (choices === branchChoices && drop > branchDrop)) {
          branchSlot = j; branchChoices = choices; branchDrop = drop;
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
    if (bound <= bestValue || lagrangianPrunes(value, nodes === 1 ? ROOT_STEPS : NODE_STEPS)) return;
    if (nodes === 1) fixAtRoot();
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
      if (round[i] === -1) { obligeAbove(i, r); newlyObliged.push(i); }
      // j itself stays open for the lower positions (a story obliged elsewhere may still take it).
      decided[j] = -2;
      const feasible = obligationsHold();
      decided[j] = -1;
      if (!feasible) break;
    }
    // Uncovered: only when every candidate is used elsewhere (all obliged by now, none placed in r).
    if (!stopped && stop === list.length && newlyObliged.length + list.filter((i) => round[i] !== -1).length === list.length
      && obligationsHold()) search(value);
    for (let k = newlyObliged.length - 1; k >= 0; k--) release(newlyObliged[k], r);
    decided[j] = -2;
  };
  search(0);

  return summarize(bestPlan, problem, slotsByRound, !stopped, nodes);
}

/** Most ready first; each story into the round where it adds the most weight; ties to the lower round. */
function greedyPlan(problem: AssignmentProblem, slotsByRound: number[][][], weight: (i: number, r: number) => number): number[] {
  const slotStory = new Array<number>(problem.slotRound.length).fill(-1);
  const credit = new Array<number>(problem.slotRound.length).fill(0);
  const order = problem.stories.map((_, i) => i).sort((a, b) => problem.stories[b].readiness - problem.stories[a].readiness || a - b);
  const pinned = order.filter((i) => problem.stories[i].pinnedRound !== undefined);
  const free = order.filter((i) => problem.stories[i].pinnedRound === undefined);
  for (const i of [...pinned, ...free]) {
    let bestRound = -1;
    let bestGain = 0;
    for (let r = 0; r < problem.roundCount; r++) {
      const pin = problem.stories[i].pinnedRound;
      if (pin !== undefined && pin !== r) continue;
      const w = weight(i, r);
      let gain = 0;
      for (const j of slotsByRound[i][r]) if (w > credit[j]) gain += w - credit[j];
      if (gain > bestGain) { bestGain = gain; bestRound = r; }
    }
    if (bestRound < 0) continue;
    const w = weight(i, bestRound);
    for (const j of slotsByRound[i][bestRound]) if (w > credit[j]) { credit[j] = w; slotStory[j] = i; }
  }
  // A story may have lost every slot to a better one later; it then simply stays unused.
  return slotStory;
}

function summarize(
  slotStory: number[], problem: AssignmentProblem, slotsByRound: number[][][], optimal: boolean, nodes: number,
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
