// Test oracle: the best plan by trying every story→round assignment, scored independently of the solver.
import { fitPoints } from '#shared/loops/plan-objective';
import type { AssignmentProblem } from '#shared/loops/assignment-solver';

export interface Score {
  covered: number;
  readiness: number;
  fit: number;
}

/** Scores an assignment: each slot is credited to the assigned story in its round with the best (readiness, fit). */
export function scorePlan(p: AssignmentProblem, storyRound: readonly number[]): Score {
  const score = { covered: 0, readiness: 0, fit: 0 };
  p.slotRound.forEach((r, j) => {
    let best: [number, number] | undefined;
    p.stories.forEach((s, i) => {
      if (storyRound[i] !== r || !s.slots.includes(j)) return;
      const k = new Set(s.slots.filter((q) => p.slotRound[q] === r)).size;
      const t: [number, number] = [s.readiness, fitPoints(k)];
      if (!best || t[0] > best[0] || (t[0] === best[0] && t[1] > best[1])) best = t;
    });
    if (best) {
      score.covered++;
      score.readiness += best[0];
      score.fit += best[1];
    }
  });
  return score;
}

export const better = (a: Score, b: Score) =>
  a.covered !== b.covered
    ? a.covered > b.covered
    : a.readiness !== b.readiness
      ? a.readiness > b.readiness
      : a.fit > b.fit;

export function bruteForce(p: AssignmentProblem): Score {
  const n = p.stories.length;
  const assign = p.stories.map((s) => s.pinnedRound ?? -1);
  let best: Score = { covered: -1, readiness: 0, fit: 0 };
  const rec = (i: number) => {
    if (i === n) {
      const s = scorePlan(p, assign);
      if (better(s, best)) best = s;
      return;
    }
    if (p.stories[i].pinnedRound !== undefined) {
      rec(i + 1);
      return;
    }
    for (let r = -1; r < p.roundCount; r++) {
      assign[i] = r;
      rec(i + 1);
    }
    assign[i] = -1;
  };
  rec(0);
  return best;
}
