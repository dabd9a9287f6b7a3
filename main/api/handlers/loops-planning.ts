// Handlers for Suggest, saving a plan and the loop warnings: thin glue over shared/loops, with the
// analyzer's readiness score and the bank's frameworks. The question bank's handlers sit beside them.
import type { LoopWarningDto, RoundPlan } from '../../../shared/api/channels/loops-planning';
import { ApiError } from '../../../shared/api/errors';
import { findFramework } from '../../../shared/competencies';
import type { Bank, Loop } from '../../../shared/domain/schemas';
import { applySuggestion, recordLastUsed, suggestStories, type LoopSuggestion } from '../../../shared/loops';
import { changedItems } from '../../store/operations/changed-items';
import { findLoop } from '../../store/operations/loops';
import { nextTimestamp } from '../../store/operations/timestamps';
import { isInTrash } from '../../store/trash';
import type { HandlersFor } from '../handler-table';
import { loopWarningList, proposalDto } from '../../../shared/loops/plan-dto';
import { bankStore, currentBank, planningOptions, readinessOf } from './planning-bank';
import { questionHandlers } from './question-bank';

function warningsFor(bank: Bank, loop: Loop): LoopWarningDto[] {
  return loopWarningList(bank, loop, readinessOf);
}

function suggest(bank: Bank, loop: Loop, keepAssigned: boolean): LoopSuggestion {
  if (!findFramework(loop.frameworkId, bank)) {
    throw new ApiError(
      'not-found',
      'The framework of this loop no longer exists. Pick another framework for the loop first.',
    );
  }
  const pinned = keepAssigned
    ? loop.rounds.flatMap((r) => r.storyIds.map((storyId) => ({ roundId: r.id, storyId })))
    : [];
  const { readiness, frameworks } = planningOptions(bank, loop.frameworkId);
  return suggestStories(loop, bank.stories, { readiness, frameworks, pinned });
}

/** The bank with the loop replaced and "last used" recorded on its stories. */
function withLoop(bank: Bank, loop: Loop, now: Date): Bank {
  return {
    ...bank,
    stories: recordLastUsed(bank.stories, loop, now),
    loops: bank.loops.map((l) => (l.id === loop.id ? loop : l)),
  };
}

/** updatedAt is the loop's version: a save always moves it forward (see nextTimestamp). */
const touched = (loop: Loop, previous: Loop, now: Date): Loop => ({
  ...loop,
  updatedAt: nextTimestamp(previous.updatedAt, now),
});

function planned(current: Loop, rounds: readonly RoundPlan[], bank: Bank): Loop {
  if (rounds.some((r) => !current.rounds.some((x) => x.id === r.roundId))) {
    throw new ApiError('conflict', 'A round of this loop was removed meanwhile. Reload the loop.');
  }
  const live = new Set(bank.stories.filter((s) => !isInTrash(s)).map((s) => s.id));
  const plan = new Map(rounds.map((r) => [r.roundId, r.storyIds.filter((id) => live.has(id))]));
  return { ...current, rounds: current.rounds.map((r) => ({ ...r, storyIds: plan.get(r.id) ?? r.storyIds })) };
}

export const loopPlanningHandlers: HandlersFor<
  | 'suggestLoopPlan'
  | 'applyLoopPlan'
  | 'loopWarnings'
  | 'listQuestions'
  | 'addQuestion'
  | 'deleteQuestion'
  | 'rankStoriesForQuestion'
> = {
  suggestLoopPlan: async ({ loopId, keepAssigned, apply }, context) => {
    const store = bankStore(context);
    if (!apply) {
      const bank = store.bank;
      const loop = findLoop(bank, loopId);
      return proposalDto(
        bank,
        loop,
        suggest(bank, loop, keepAssigned),
        planningOptions(bank, loop.frameworkId).competencyName,
      );
    }
    // Suggest and save in one step, on the bank as it is when the write runs.
    let proposal: ReturnType<typeof proposalDto> | undefined;
    let before: Bank | undefined;
    const { loop, stories } = await store.update(
      (bank, now) => {
        before = bank;
        const current = findLoop(bank, loopId);
        const suggestion = suggest(bank, current, keepAssigned);
        proposal = proposalDto(bank, current, suggestion, planningOptions(bank, current.frameworkId).competencyName);
        return withLoop(bank, touched(applySuggestion(current, suggestion, now), current, now), now);
      },
      (bank) => ({ loop: findLoop(bank, loopId), stories: changedItems(before?.stories, bank.stories) }),
    );
    return { ...proposal!, loop, stories, warnings: warningsFor(store.bank, loop) };
  },

  applyLoopPlan: async ({ loopId, rounds, expectedUpdatedAt }, context) => {
    const store = bankStore(context);
    let before: Bank | undefined;
    const { loop, stories } = await store.update(
      (bank, now) => {
        before = bank;
        const current = findLoop(bank, loopId);
        if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== current.updatedAt) {
          throw new ApiError(
            'conflict',
            `The ${current.company} loop was changed elsewhere. Reload it to see the latest plan.`,
          );
        }
        return withLoop(bank, touched(planned(current, rounds, bank), current, now), now);
      },
      (bank) => ({ loop: findLoop(bank, loopId), stories: changedItems(before?.stories, bank.stories) }),
    );
    return { loop, stories, warnings: warningsFor(store.bank, loop) };
  },

  loopWarnings: ({ loopId }, context) => {
    const bank = currentBank(context);
    return { warnings: warningsFor(bank, findLoop(bank, loopId)) };
  },

  ...questionHandlers,
};
