// The exact optimizer behind Suggest, on plain indices (no domain types): assign stories to rounds to
// maximize the objective defined in plan-objective.ts.
//
// Why branch and bound: the problem is a weighted set packing (one story may answer several focus
// competencies, but only inside one round), which is NP-hard in general. We relax "a story serves one
// round" to "a story serves up to k slots, in any rounds", which is a min-cost flow. When the relaxed
// optimum puts every story in a single round it is a feasible plan and optimal for its subproblem;
// otherwise we branch on a story used in several rounds: one child per such round (story restricted to
// it) plus one child where it may use none of them. Children partition the plans, so the search is exact.
// Limits, measured (bench/planning.bench.ts): the search proves optimality on small loops (the tests
// check it against brute force), but at 10 rounds × 100 stories the flow relaxation splits several
// versatile stories across rounds and the proof does not finish in a frame. The search then stops at its
// time budget and returns the best plan found (greedy start, improved by the search) with optimal: false.
// A tighter bound (LP or Lagrangian over the one-round-per-story constraint) is the known next step.
import { FlowNetwork } from './min-cost-flow';
import { fitPoints, slotWeightScale, type PlanObjective } from './plan-objective';

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
  /** Stop after this many search nodes and return the best plan found (marked not optimal). */
  nodeLimit?: number;
  /** Stop after about this many milliseconds (checked between nodes), likewise. */
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

const DEFAULT_NODE_LIMIT = 4000;
const DEFAULT_TIME_BUDGET_MS = 8; // checked between nodes, and one node can take a few ms: stays inside a 16 ms frame

export function solveAssignment(problem: AssignmentProblem): AssignmentResult {
  const { roundCount, slotRound, stories } = problem;
  const slotCount = slotRound.length;
  const { coverUnit, readinessUnit } = slotWeightScale(slotCount);

  // k(s, r) and the slots of s per round.
  const slotsByRound: number[][][] = stories.map((s) => {
    const byRound: number[][] = Array.from({ length: roundCount }, () => []);
    for (const j of new Set(s.slots)) byRound[slotRound[j]].push(j);
    return byRound;
  });
  const weight = (i: number, r: number) =>
    coverUnit + readinessUnit * stories[i].readiness + fitPoints(slotsByRound[i][r].length);

  // Allowed rounds per story, as arrays of booleans (rounds can exceed 32, so no bit masks).
  const rootAllowed: boolean[][] = stories.map((s, i) =>
    slotsByRound[i].map((slots, r) => (s.pinnedRound === undefined ? slots.length > 0 : r === s.pinnedRound)));

  interface Relaxed { value: number; slotStory: number[]; splitStory: number; splitRounds: number[] }

  const relax = (allowed: boolean[][]): Relaxed => {
    const storyNode = (i: number) => 1 + i;
    const slotNode = (j: number) => 1 + stories.length + j;
    const sink = 1 + stories.length + slotCount;
    const net = new FlowNetwork(sink + 1);
    const edges: { edge: number; story: number; slot: number }[] = [];
    for (let i = 0; i < stories.length; i++) {
      let capacity = 0;
      for (let r = 0; r < roundCount; r++) if (allowed[i][r]) capacity = Math.max(capacity, slotsByRound[i][r].length);
      if (capacity === 0) continue;
      net.addEdge(0, storyNode(i), capacity, 0);
      for (let r = 0; r < roundCount; r++) {
        if (!allowed[i][r]) continue;
        const w = weight(i, r);
        for (const j of slotsByRound[i][r]) edges.push({ edge: net.addEdge(storyNode(i), slotNode(j), 1, -w), story: i, slot: j });
      }
    }
    for (let j = 0; j < slotCount; j++) net.addEdge(slotNode(j), sink, 1, 0);
    const value = -net.minCostFlow(0, sink);

    const slotStory = new Array<number>(slotCount).fill(-1);
    const roundsOf = new Map<number, Set<number>>();
    for (const { edge, story, slot } of edges) {
      if (net.flowOn(edge) <= 0) continue;
      slotStory[slot] = story;
      const set = roundsOf.get(story) ?? new Set<number>();
      set.add(slotRound[slot]);
      roundsOf.set(story, set);
    }
    // Branch on the split story carrying the most slots: resolving it moves the bound the most.
    let splitStory = -1;
    let splitRounds: number[] = [];
    let splitLoad = 0;
    for (const [story, rounds] of roundsOf) {
      if (rounds.size < 2) continue;
      const load = slotStory.filter((s) => s === story).length;
      if (load > splitLoad || (load === splitLoad && story < splitStory)) {
        splitStory = story; splitRounds = [...rounds].sort((a, b) => a - b); splitLoad = load;
      }
    }
    return { value, slotStory, splitStory, splitRounds };
  };

  const nodeLimit = problem.nodeLimit ?? DEFAULT_NODE_LIMIT;
  let nodes = 0;
  let best: { value: number; slotStory: number[] };
  let exhausted = true;

  // A good plan first, so that the bound prunes from the start: most ready stories first, each into
  // the round where it adds the most. Cheap, and often already optimal (then the root bound proves it).
  const started = Date.now();
  const timeBudget = problem.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const greedy = greedyPlan(problem, slotsByRound, weight);
  best = { value: planValue(greedy, slotRound, weight), slotStory: greedy };
  const rootRelaxed = relax(rootAllowed);
  nodes++;

  // Depth-first, children in order of their bound, so a good plan is found early and prunes the rest.
  const stack: { allowed: boolean[][]; relaxed: Relaxed }[] = [{ allowed: rootAllowed, relaxed: rootRelaxed }];
  while (stack.length > 0) {
    const { allowed, relaxed } = stack.pop()!;
    if (relaxed.value <= best.value) continue;
    if (relaxed.splitStory < 0) {
      best = { value: relaxed.value, slotStory: relaxed.slotStory };
      continue;
    }
    if (nodes >= nodeLimit || Date.now() - started > timeBudget) { exhausted = false; continue; }
    const s = relaxed.splitStory;
    const children: { allowed: boolean[][]; relaxed: Relaxed }[] = [];
    const variants = [
      ...relaxed.splitRounds.map((r) => allowed[s].map((_, q) => q === r)),
      allowed[s].map((ok, q) => ok && !relaxed.splitRounds.includes(q)),
    ];
    for (const row of variants) {
      const child = allowed.map((old, i) => (i === s ? row : old));
      nodes++;
      const childRelaxed = relax(child);
      if (childRelaxed.value > best.value) children.push({ allowed: child, relaxed: childRelaxed });
    }
    children.sort((a, b) => a.relaxed.value - b.relaxed.value); // best last: popped first
    stack.push(...children);
  }

  return summarize(best.slotStory, problem, slotsByRound, exhausted, nodes);
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

function planValue(slotStory: number[], slotRound: readonly number[], weight: (i: number, r: number) => number): number {
  return slotStory.reduce((sum, i, j) => (i < 0 ? sum : sum + weight(i, slotRound[j])), 0);
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
