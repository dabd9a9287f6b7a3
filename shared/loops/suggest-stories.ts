// Suggest: turn a loop and the story bank into an assignment problem, solve it, and explain the result
// in the loop's own terms (round and story ids, competency names, why a focus stays uncovered).
import type { Framework, Loop, Story } from '../domain/schemas';
import { competencyMatcher } from '../competencies/map-competencies';
import { PRESET_FRAMEWORKS } from '../competencies/preset-frameworks';
import { isTellable, statusReadiness, type ReadinessFn } from '../coverage/story-state';
import { solveAssignment } from './assignment-solver';
import { readinessTenths, type PlanObjective } from './plan-objective';
import { roundFocus } from './round-focus';

export interface SuggestOptions {
  /** 0–100; without it the story status stands in (ready 100, draft 50). */
  readiness?: ReadinessFn;
  /** Presets and the user's frameworks: to find the loop's framework and map tags from other frameworks. */
  frameworks?: readonly Framework[];
  /** Stories the user placed by hand and wants kept where they are. */
  pinned?: readonly { roundId: string; storyId: string }[];
  timeBudgetMs?: number;
  nodeLimit?: number;
}

export interface SuggestedRound {
  roundId: string;
  /** Stories for the round, the one covering the most focus competencies first. */
  storyIds: string[];
  /** Per focus competency, the story credited with it (null when uncovered). */
  coverage: { competencyId: string; storyId: string | null }[];
}

export type UncoveredReason = 'no-story' | 'needed-elsewhere' | 'search-stopped';

export interface UncoveredFocus {
  roundId: string;
  competencyId: string;
  reason: UncoveredReason;
  /** Stories tagged with it and where the plan uses them instead (for 'needed-elsewhere'). */
  usedElsewhere: { storyId: string; roundId: string }[];
  /** Retired or trashed stories tagged with it, which Suggest does not use. */
  setAside: { storyId: string; why: 'retired' | 'trashed' }[];
}

/** Why a round gets no story: none fits it (by stage or focus), or every one that fits is told in another round. */
export type EmptyRoundReason = 'nothing-fits' | 'fitting-used';

export interface LoopSuggestion {
  rounds: SuggestedRound[];
  uncovered: UncoveredFocus[];
  /** The rounds left without a story, each with why. */
  emptyRounds: { roundId: string; reason: EmptyRoundReason }[];
  objective: PlanObjective & { stories: number; focusTotal: number };
  /** True when the search proved that no plan scores better (see plan-objective.ts). */
  optimal: boolean;
  nodes: number;
}

export function suggestStories(loop: Loop, stories: readonly Story[], options: SuggestOptions = {}): LoopSuggestion {
  const frameworks = options.frameworks ?? PRESET_FRAMEWORKS;
  const framework =
    frameworks.find((f) => f.id === loop.frameworkId) ?? PRESET_FRAMEWORKS.find((f) => f.id === loop.frameworkId);
  const match = framework ? competencyMatcher(framework, frameworks) : undefined;
  const covers = (story: Story): Set<string> =>
    new Set([...story.competencies, ...(match ? match(story.competencies).keys() : [])]);

  const focusOf = loop.rounds.map((round) => roundFocus(loop, round));
  const slots: { round: number; competencyId: string }[] = [];
  focusOf.forEach((focus, r) => {
    for (const c of new Set(focus)) slots.push({ round: r, competencyId: c });
  });

  const competencyIndex = new Map([...new Set(slots.map((s) => s.competencyId))].map((c, k) => [c, k]));

  const byId = new Map(stories.map((s) => [s.id, s]));
  const pinnedRound = new Map<string, number>();
  for (const pin of options.pinned ?? []) {
    const r = loop.rounds.findIndex((x) => x.id === pin.roundId);
    const story = byId.get(pin.storyId);
    if (r >= 0 && story && story.deletedAt === undefined && !pinnedRound.has(pin.storyId))
      pinnedRound.set(pin.storyId, r);
  }
  const candidates = stories.filter((s) => isTellable(s) || pinnedRound.has(s.id));
  const readiness = options.readiness ?? statusReadiness;
  const tagSets = candidates.map(covers);
  const result = solveAssignment({
    roundCount: loop.rounds.length,
    slotRound: slots.map((s) => s.round),
    // One group per competency: its slots sit in different rounds, so they need different stories.
    slotGroup: slots.map((s) => competencyIndex.get(s.competencyId)!),
    stories: candidates.map((story, i) => ({
      readiness: readinessTenths(readiness(story)),
      slots: slots.flatMap((slot, j) => (tagSets[i].has(slot.competencyId) ? [j] : [])),
      pinnedRound: pinnedRound.get(story.id),
    })),
    nodeLimit: options.nodeLimit,
    timeBudgetMs: options.timeBudgetMs,
  });

  const rounds: SuggestedRound[] = loop.rounds.map((round, r) => {
    const used = candidates.map((_, i) => i).filter((i) => result.storyRound[i] === r);
    const credits = (i: number) => result.slotStory.filter((s) => s === i).length;
    used.sort((a, b) => credits(b) - credits(a) || a - b);
    return {
      roundId: round.id,
      storyIds: used.map((i) => candidates[i].id),
      coverage: slots.flatMap((slot, j) =>
        slot.round === r
          ? [
              {
                competencyId: slot.competencyId,
                storyId: result.slotStory[j] >= 0 ? candidates[result.slotStory[j]].id : null,
              },
            ]
          : [],
      ),
    };
  });

  // A round with no focus story (no focus, or none coverable) still gets a free story tagged for its stage
  // or focus: the solver only places stories that cover a focus slot, so it leaves such rounds empty.
  const fits = (i: number, r: number) => {
    const round = loop.rounds[r];
    return (
      (round.stageId !== undefined && candidates[i].stages.includes(round.stageId)) ||
      focusOf[r].some((c) => tagSets[i].has(c))
    );
  };
  // Among fitting stories, one that answers more of what the job asks for (the loop's focus) comes first.
  const loopFocus = loop.focus ?? [];
  const jobMatch = (i: number) => loopFocus.filter((c) => tagSets[i].has(c)).length;
  const emptyRounds: LoopSuggestion['emptyRounds'] = [];
  rounds.forEach((round, r) => {
    if (round.storyIds.length > 0) return;
    const fitting = candidates.map((_, i) => i).filter((i) => fits(i, r));
    const free = fitting.filter((i) => result.storyRound[i] < 0);
    if (free.length === 0) {
      emptyRounds.push({ roundId: round.roundId, reason: fitting.length === 0 ? 'nothing-fits' : 'fitting-used' });
      return;
    }
    const better = (a: number, b: number) =>
      jobMatch(b) - jobMatch(a) || readiness(candidates[b]) - readiness(candidates[a]);
    const best = free.reduce((a, b) => (better(a, b) > 0 ? b : a));
    result.storyRound[best] = r;
    round.storyIds.push(candidates[best].id);
  });

  const uncovered: UncoveredFocus[] = [];
  slots.forEach((slot, j) => {
    if (result.slotStory[j] >= 0) return;
    const tagged = candidates.map((_, i) => i).filter((i) => tagSets[i].has(slot.competencyId));
    const usedElsewhere = tagged
      .filter((i) => result.storyRound[i] >= 0 && result.storyRound[i] !== slot.round)
      .map((i) => ({ storyId: candidates[i].id, roundId: loop.rounds[result.storyRound[i]].id }));
    const setAside = stories
      .filter((s) => !isTellable(s) && !pinnedRound.has(s.id) && covers(s).has(slot.competencyId))
      .map((s) => ({ storyId: s.id, why: s.deletedAt !== undefined ? ('trashed' as const) : ('retired' as const) }));
    // In an optimal plan an uncovered focus has no tagged story, or every tagged story serves another round
    // (a free one would cover it and score higher). Anything else means the search stopped early.
    const reason: UncoveredReason =
      tagged.length === 0 ? 'no-story' : usedElsewhere.length === tagged.length ? 'needed-elsewhere' : 'search-stopped';
    uncovered.push({
      roundId: loop.rounds[slot.round].id,
      competencyId: slot.competencyId,
      reason,
      usedElsewhere,
      setAside,
    });
  });

  return {
    rounds,
    uncovered,
    emptyRounds,
    objective: { ...result.objective, focusTotal: slots.length },
    optimal: result.optimal,
    nodes: result.nodes,
  };
}

/** The loop with the suggestion applied (each round's stories replaced). */
export function applySuggestion(loop: Loop, suggestion: LoopSuggestion, now: Date = new Date()): Loop {
  const byRound = new Map(suggestion.rounds.map((r) => [r.roundId, r.storyIds]));
  return {
    ...loop,
    rounds: loop.rounds.map((round) => ({ ...round, storyIds: byRound.get(round.id) ?? round.storyIds })),
    updatedAt: now.toISOString(),
  };
}
