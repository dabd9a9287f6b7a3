// The exact Suggest solver's first incumbent: a quick greedy plan, so the branch and bound has a
// plan to prune against from its first node (local search then improves it, see plan-improvement.ts).
import type { AssignmentProblem } from './assignment-problem';

/** Most ready first; each story into the round where it adds the most weight; ties to the lower round. */
export function greedyPlan(
  problem: AssignmentProblem,
  slotsByRound: number[][][],
  weight: (i: number, r: number) => number,
): number[] {
  const slotStory = new Array<number>(problem.slotRound.length).fill(-1);
  const credit = new Array<number>(problem.slotRound.length).fill(0);
  const order = problem.stories
    .map((_, i) => i)
    .sort((a, b) => problem.stories[b].readiness - problem.stories[a].readiness || a - b);
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
      if (gain > bestGain) {
        bestGain = gain;
        bestRound = r;
      }
    }
    if (bestRound < 0) continue;
    const w = weight(i, bestRound);
    for (const j of slotsByRound[i][bestRound])
      if (w > credit[j]) {
        credit[j] = w;
        slotStory[j] = i;
      }
  }
  // A story may have lost every slot to a better one later; it then simply stays unused.
  return slotStory;
}
