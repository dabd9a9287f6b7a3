// Good plans fast, for the exact search to measure itself against: scoring a story→round assignment,
// and a local search that moves one story at a time while that raises the score. The search prunes
// against the best plan known, so a near-optimal one early saves most of its work.

export interface SlotCandidates {
  slotRound: readonly number[];
  /** Per slot, the stories that may be credited with it, best weight first. */
  candidates: readonly (readonly number[])[];
  /** Per slot, the weight of each candidate, aligned with `candidates`. */
  candidateWeight: readonly (readonly number[])[];
  /** Per story, the slots it is a candidate for. */
  slotsOf: readonly (readonly number[])[];
  /** Per story, the only round it may be in (pinned), or -1. */
  pinnedRound: readonly number[];
  roundCount: number;
}

/** Each slot is credited to the best story placed in its round. */
export function scoreAssignment(
  c: SlotCandidates,
  storyRound: ArrayLike<number>,
): { value: number; slotStory: number[] } {
  let value = 0;
  const slotStory = c.candidates.map((list, j) => {
    for (let p = 0; p < list.length; p++) {
      if (storyRound[list[p]] === c.slotRound[j]) {
        value += c.candidateWeight[j][p];
        return list[p];
      }
    }
    return -1;
  });
  return { value, slotStory };
}

/** The best weight slot j gets from the stories placed in its round, skipping story `except`. */
function slotCredit(c: SlotCandidates, storyRound: ArrayLike<number>, j: number, except: number): number {
  const list = c.candidates[j];
  for (let p = 0; p < list.length; p++) {
    const i = list[p];
    if (i !== except && storyRound[i] === c.slotRound[j]) return c.candidateWeight[j][p];
  }
  return 0;
}

/** Moves single stories to the round (or out of the loop) that raises the score most, until none does. */
export function improveByMoves(c: SlotCandidates, storyRound: Int32Array, maxPasses = 4): void {
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (let i = 0; i < storyRound.length; i++) {
      if (c.pinnedRound[i] >= 0 || c.slotsOf[i].length === 0) continue;
      const from = storyRound[i];
      // What the story brings to each round: slots where it would beat the others placed there.
      const gain = new Map<number, number>();
      for (const j of c.slotsOf[i]) {
        const r = c.slotRound[j];
        const others = slotCredit(c, storyRound, j, i);
        const own = c.candidateWeight[j][c.candidates[j].indexOf(i)];
        if (own > others) gain.set(r, (gain.get(r) ?? 0) + own - others);
      }
      const current = from < 0 ? 0 : (gain.get(from) ?? 0);
      // A placed story credited with nothing is better out of the loop, unless a round wants it.
      let bestRound = from >= 0 && current === 0 ? -1 : from;
      let best = current;
      for (const [r, g] of gain)
        if (r !== from && g > best) {
          best = g;
          bestRound = r;
        }
      if (bestRound !== from) {
        storyRound[i] = bestRound;
        improved = true;
      }
    }
    if (!improved) return;
  }
}
