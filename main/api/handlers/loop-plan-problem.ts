// Turns a loop and the bank into the planner's index problem (shared/loops/assignment-solver) and the
// solver's answer back into rounds and reasons. Interim glue: when shared/loops grows its own
// domain-level suggestLoopPlan, the handlers should call that instead of this file.
import type { LoopPlanProposal, UncoveredFocus } from '../../../shared/api/channels/loops-planning';
import { competencyMatcher, findFramework, allFrameworks, competencyName } from '../../../shared/competencies';
import { isTellable } from '../../../shared/coverage';
import type { Bank, Loop, Story } from '../../../shared/domain/schemas';
import { solveAssignment } from '../../../shared/loops/assignment-solver';
import { readinessTenths } from '../../../shared/loops/plan-objective';
import { ApiError } from '../../../shared/api/errors';

export function suggestPlan(bank: Bank, loop: Loop, readiness: (s: Story) => number, keepAssigned: boolean): LoopPlanProposal {
  const frameworks = allFrameworks(bank);
  const framework = findFramework(loop.frameworkId, bank);
  if (!framework) throw new ApiError('not-found', 'The framework of this loop no longer exists. Pick another framework for the loop first.');
  const match = competencyMatcher(framework, frameworks);

  const slots: { round: number; competency: string }[] = [];
  loop.rounds.forEach((round, r) => { for (const c of new Set(round.focus)) slots.push({ round: r, competency: c }); });

  const pinned = new Map<string, number>();
  if (keepAssigned) loop.rounds.forEach((round, r) => round.storyIds.forEach((id) => { if (!pinned.has(id)) pinned.set(id, r); }));

  const stories = bank.stories.filter(isTellable);
  const covers = stories.map((s) => match(s.competencies));
  const problem = {
    roundCount: loop.rounds.length,
    slotRound: slots.map((s) => s.round),
    stories: stories.map((s, i) => ({
      readiness: readinessTenths(readiness(s)),
      slots: slots.flatMap((slot, j) => (covers[i].has(slot.competency) ? [j] : [])),
      pinnedRound: pinned.get(s.id),
    })),
  };
  const result = solveAssignment(problem);

  const rounds = loop.rounds.map((round, r) => ({
    roundId: round.id,
    // Keep the user's order for pinned stories, then the new ones.
    storyIds: stories.filter((_, i) => result.storyRound[i] === r).map((s) => s.id)
      .sort((a, b) => Number(!round.storyIds.includes(a)) - Number(!round.storyIds.includes(b))),
  }));

  const uncovered: UncoveredFocus[] = [];
  result.slotStory.forEach((story, j) => {
    if (story >= 0) return;
    const slot = slots[j];
    const round = loop.rounds[slot.round];
    const candidates = stories.filter((_, i) => covers[i].has(slot.competency));
    let reason: string;
    if (candidates.length === 0) reason = 'no story is tagged with it yet. Write one, or tag a story that shows it.';
    else {
      const elsewhere = candidates.map((s) => {
        const r = result.storyRound[stories.indexOf(s)];
        return r >= 0 ? `“${s.title || 'Untitled'}” (round ${r + 1})` : undefined;
      }).filter((x): x is string => x !== undefined);
      reason = `every story that shows it is needed elsewhere: ${elsewhere.join(', ')}. Each story is told once per loop; a second story for it would close the gap.`;
    }
    uncovered.push({ roundId: round.id, competencyId: slot.competency, competencyName: competencyName(slot.competency, bank, framework.id), reason });
  });

  return { loopId: loop.id, rounds, uncovered, coveredSlots: result.objective.covered, totalSlots: slots.length, optimal: result.optimal };
}
