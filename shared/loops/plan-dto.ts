// Suggest's answer and the loop warnings in the words the UI shows: ids plus sentences. Main sends
// Suggest's proposal; the renderer computes the warnings itself from its store (loopWarningList).
import type { LoopPlanProposal, LoopWarningDto, UncoveredFocus } from '../api/channels/loops';
import { allFrameworks, competencyName } from '../competencies';
import type { Bank, Framework, InterviewEntry, Loop, Settings, Story } from '../domain/schemas';
import { loopWarnings, type LoopWarning } from './loop-warnings';
import type { LoopSuggestion, UncoveredFocus as SharedUncovered } from './suggest-stories';

const quoted = (bank: Bank, id: string) => `“${bank.stories.find((s) => s.id === id)?.title || 'Untitled story'}”`;

function reasonInWords(bank: Bank, loop: Loop, u: SharedUncovered): string {
  const setAside =
    u.setAside.length === 0
      ? ''
      : ` (${u.setAside.map((s) => `${quoted(bank, s.storyId)} is ${s.why === 'trashed' ? 'in the trash' : 'retired'}`).join(', ')})`;
  switch (u.reason) {
    case 'no-story':
      return `no story is tagged with it yet${setAside}. Write one, or tag a story that shows it.`;
    case 'needed-elsewhere': {
      const where = u.usedElsewhere.map(
        (e) => `${quoted(bank, e.storyId)} (round ${loop.rounds.findIndex((r) => r.id === e.roundId) + 1})`,
      );
      return `every story that shows it is needed elsewhere: ${where.join(', ')}. Each story is told once per loop; a second story for it would close the gap.`;
    }
    case 'search-stopped':
      return 'the search ran out of time before placing a story for it. Press Suggest again, or drag a story in.';
  }
}

export function proposalDto(
  bank: Bank,
  loop: Loop,
  suggestion: LoopSuggestion,
  competencyName: (id: string) => string,
): LoopPlanProposal {
  const uncovered: UncoveredFocus[] = suggestion.uncovered.map((u) => ({
    roundId: u.roundId,
    competencyId: u.competencyId,
    competencyName: competencyName(u.competencyId),
    why: u.reason,
    reason: reasonInWords(bank, loop, u),
  }));
  return {
    loopId: loop.id,
    // Stories the user had placed keep their place at the top of the round; new ones follow.
    rounds: suggestion.rounds.map((r) => {
      const before = loop.rounds.find((x) => x.id === r.roundId)?.storyIds ?? [];
      return {
        roundId: r.roundId,
        storyIds: [...r.storyIds].sort((a, b) => Number(!before.includes(a)) - Number(!before.includes(b))),
      };
    }),
    uncovered,
    emptyRounds: suggestion.emptyRounds.map((e) => ({
      roundId: e.roundId,
      reason:
        e.reason === 'nothing-fits'
          ? 'no story is tagged for this round’s stage or focus competencies. Tag a story for it, or drag one in.'
          : 'every story that fits it is already used in another round. Each story is told once per loop.',
    })),
    coveredSlots: suggestion.objective.covered,
    totalSlots: suggestion.objective.focusTotal,
    optimal: suggestion.optimal,
  };
}

export function warningDto(w: LoopWarning): LoopWarningDto {
  const base = { id: w.key, kind: w.kind, severity: w.severity, message: w.message, fix: w.fix };
  switch (w.kind) {
    case 'uncovered-focus':
      return {
        ...base,
        roundId: w.roundId,
        roundIds: [],
        storyIds: [],
        competencyId: w.competencyId,
        candidates: w.candidates,
      };
    case 'story-reused':
      // Keep it in the first round; the others are where it should leave.
      return {
        ...base,
        roundId: w.roundIds[0],
        roundIds: [...new Set(w.roundIds)].slice(1),
        storyIds: [w.storyId],
        candidates: [...new Set(w.replacements.flatMap((r) => r.storyIds))],
      };
    case 'draft-story':
      return { ...base, roundId: w.roundIds[0], roundIds: w.roundIds, storyIds: [w.storyId], candidates: [] };
    case 'unavailable-story':
      return { ...base, roundId: w.roundIds[0], roundIds: w.roundIds, storyIds: [w.storyId], candidates: [] };
    case 'inconsistent-numbers':
      return { ...base, roundIds: [], storyIds: [...w.storyIds], candidates: [] };
    case 'told-before':
      return { ...base, roundId: w.roundId, roundIds: [w.roundId], storyIds: [w.storyId], candidates: w.replacements };
  }
}

/** The loop's warnings, each with its fix, from the bank as it is now (unsaved edits included). */
export function loopWarningList(
  bank: {
    stories: readonly Story[];
    loops: readonly Loop[];
    frameworks: readonly Framework[];
    settings?: Pick<Settings, 'activeFrameworkId'> | null;
    /** The interview log: rounds logged as done get no planning warnings. */
    interviews?: readonly InterviewEntry[];
  },
  loop: Loop,
  readiness: (story: Story) => number,
): LoopWarningDto[] {
  const own = { frameworks: [...bank.frameworks], settings: bank.settings ?? undefined };
  return loopWarnings(loop, bank, {
    readiness,
    frameworks: allFrameworks(own),
    competencyName: (id) => competencyName(id, own, loop.frameworkId),
  }).map(warningDto);
}
