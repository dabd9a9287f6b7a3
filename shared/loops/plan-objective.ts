// What "the best plan" means for Suggest, exactly, so that it can be computed and tested exactly.
//
// A plan assigns each story to at most one round of the loop. A focus slot is a (round, competency) pair;
// story s covers slot (r, c) when s is assigned to r and is tagged with c (directly or through the
// framework mapping). P(s, r) is the set of r's focus competencies that s is tagged with, k = |P(s, r)|.
// Each covered slot is credited to the assigned story that covers it best (highest weight below).
// Plans are compared lexicographically on:
//   1. covered   — the number of covered focus slots (more is better);
//   2. readiness — the sum over covered slots of the crediting story's readiness, in tenths of a point
//                  (0..1000), so a story that answers two focus competencies counts twice;
//   3. fit       — the sum over covered slots of fitPoints(k) of the crediting story: prefer one story
//                  that matches several of a round's focus competencies over several partial ones.
// All three are sums over slots of a per-(story, round) weight, which is what makes the exact search
// (min-cost flow relaxation + branch and bound, see assignment-solver.ts) possible.
import { clampReadiness } from '../coverage/story-state';

export const FIT_SCALE = 60; // divisible by 2, 3, 4, 5 and 6: fitPoints is exact for rounds of up to six focus competencies

/** (k - 1) / k of FIT_SCALE, rounded down: 0 for a story matching one focus competency, 30 for two, 40 for three… */
export function fitPoints(k: number): number {
  return k <= 1 ? 0 : Math.floor((FIT_SCALE * (k - 1)) / k);
}

/** Readiness in [0, 100] as integer tenths, so sums compare exactly. */
export function readinessTenths(readiness: number): number {
  return Math.round(clampReadiness(readiness) * 10);
}

export interface PlanObjective {
  covered: number;
  readiness: number;
  fit: number;
}

/** Negative when a is worse than b, positive when better, 0 when equal. */
export function compareObjectives(a: PlanObjective, b: PlanObjective): number {
  return a.covered - b.covered || a.readiness - b.readiness || a.fit - b.fit;
}

/**
 * Scales the three terms into one integer weight per (story, round) slot so that a single sum orders
 * plans exactly lexicographically: each term's largest possible total is below one unit of the term above.
 */
export function slotWeightScale(slotCount: number): { coverUnit: number; readinessUnit: number } {
  const readinessUnit = slotCount * FIT_SCALE + 1;
  const coverUnit = slotCount * (1000 * readinessUnit + FIT_SCALE) + 1;
  return { coverUnit, readinessUnit };
}
