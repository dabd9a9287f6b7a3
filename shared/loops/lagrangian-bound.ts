// The pricing bound of the exact Suggest solver, split from the search it serves (assignment-solver.ts).
// Price each open slot (lambda), let every story pick its single most profitable round at those prices,
// and add the prices up. Any prices give an upper bound that respects "one round per story" (which the
// search's per-slot bounds ignore); a few subgradient steps per node move the prices toward the
// tightest bound. Prices carry over from node to node as a warm start. At its best prices the bound
// equals the LP relaxation, which is almost always tight here. The priced choices are complete plans
// too, offered to the search as incumbents; and at the root the best prices close rounds to stories
// for good (reduced-cost fixing).

const STALE_STEPS = 5;
const HEURISTIC_EVERY = 5;

/** What the bound reads from the search: its tables and its live state (shared, not copied). */
export interface PricingContext {
  slotRound: readonly number[];
  storyCount: number;
  roundCount: number;
  /** Per slot, the weight of each candidate, best first. */
  candidateWeight: readonly (readonly number[])[];
  /** position[j * storyCount + i]: story i's place in slot j's candidate list, or -1. */
  position: Int32Array;
  /** Per story, the slots it is a candidate for. */
  slotsOf: readonly (readonly number[])[];
  /** Live: the round each story is placed in, or -1. */
  round: Int32Array;
  /** Live: per slot, -2 undecided, -1 uncovered, else the story. */
  decided: Int32Array;
  /** Live: obligations "story i not in round r" at [i * roundCount + r]; fixAtRoot adds to it. */
  forbidden: Int32Array;
  /** First position of slot j whose story is placed in j's round, or the list length. */
  firstPlaced: (j: number) => number;
  /** Whether story i is unplaced and not barred from round r. */
  canJoin: (i: number, r: number) => boolean;
  /** The value of the best plan found so far. */
  bestValue: () => number;
  /** Hands a story→round assignment to the search as a candidate plan (improved by local search if asked). */
  offer: (storyRound: Int32Array, improve: boolean) => void;
}

export interface LagrangianBound {
  /** True when the open slots cannot lift `value` above the best plan found (`root`: the search's first node). */
  prunes(value: number, steps: number, root: boolean): boolean;
  /**
   * Reduced-cost fixing, once at the root: with the best prices, if putting story i in round r caps
   * every plan below the best one known, no better plan has i in r, so r is closed to i for good.
   */
  fixAtRoot(): void;
}

export function lagrangianBound(ctx: PricingContext): LagrangianBound {
  const {
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
    bestValue,
    offer,
  } = ctx;
  const slotCount = slotRound.length;
  // Start each slot at its second-best weight: the best story keeps a margin, the rest none.
  const lambda = Float64Array.from(candidateWeight, (ws) => ws[1] ?? 0);
  const demand = new Int32Array(slotCount);
  const stopAt = new Int32Array(slotCount);
  const roundGain = new Float64Array(Math.max(1, roundCount));
  const gainRounds: number[] = [];
  const choice = new Int32Array(storyCount); // each story's round in the last priced plan
  const bestLambda = new Float64Array(slotCount);
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
  const prunes = (value: number, steps: number, root: boolean): boolean => {
    for (let j = 0; j < slotCount; j++) if (decided[j] === -2) stopAt[j] = firstPlaced(j);
    const beats = (bound: number) => value + bound >= bestValue() + 1 - 1e-6; // the objective is an integer
    let bound = dual();
    if (root) bestLambda.set(lambda);
    // Polyak steps toward "just below the best plan"; the step shrinks when the bound stops falling.
    let scale = 1;
    let stale = 0;
    for (let step = 0; step < steps && beats(bound); step++) {
      let norm = 0;
      for (let j = 0; j < slotCount; j++) if (decided[j] === -2) norm += (1 - demand[j]) ** 2;
      if (norm === 0) break;
      const t = (scale * (value + bound - bestValue())) / norm;
      for (let j = 0; j < slotCount; j++)
        if (decided[j] === -2) lambda[j] = Math.max(0, lambda[j] - t * (1 - demand[j]));
      const next = dual();
      if (next < bound) {
        bound = next;
        stale = 0;
        if (root) bestLambda.set(lambda);
      } else if (++stale >= STALE_STEPS) {
        scale /= 2;
        stale = 0;
      }
      // The priced choices are a plan too (one round per story): often a better one than we have.
      if (step % HEURISTIC_EVERY === 0) offer(choice.slice(), false);
    }
    if (root) offer(choice.slice(), true);
    return !beats(bound);
  };
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
      for (const [r, g] of profit) if (total - own + g < bestValue() + 1 - 1e-6) forbidden[i * roundCount + r]++;
    }
  };
  return { prunes, fixAtRoot };
}
