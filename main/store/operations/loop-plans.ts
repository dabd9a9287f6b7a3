// Planning a loop: Suggest (optionally saved at once), saving a plan from drag and drop, and the plan's
// warnings. The planner lives in shared/loops; these rules add the bank: conflicts, trashed stories,
// and "last used" recorded on the stories a saved plan places.
import type { LoopWarningDto, RoundPlan } from '#shared/api/channels/loops';
import { ApiError } from '#shared/api/errors';
import { findFramework } from '#shared/competencies/index';
import type { Bank, Loop, Story } from '#shared/domain/schemas';
import { applySuggestion, recordLastUsed, suggestStories, type LoopSuggestion } from '#shared/loops/index';
import { doneRoundIds } from '#shared/loops/loop-warnings';
import { loopWarningList, proposalDto } from '#shared/loops/plan-dto';
import type { BankStore } from '../bank-store';
import { isInTrash } from '../trash';
import { changedItems } from './changed-items';
import { findLoop } from './loops';
import { planningOptions, readinessOf } from './planning-options';
import { nextTimestamp } from './timestamps';

type Proposal = ReturnType<typeof proposalDto>;

/** The loop's warnings, computed from the bank as saved. */
export function loopWarnings(bank: Bank, loopId: string): LoopWarningDto[] {
  return loopWarningList(bank, findLoop(bank, loopId), readinessOf);
}

function suggest(bank: Bank, loop: Loop, keepAssigned: boolean): LoopSuggestion {
  if (!findFramework(loop.frameworkId, bank)) {
    throw new ApiError(
      'not-found',
      'The framework of this loop no longer exists. Pick another framework for the loop first.',
    );
  }
  // Rounds logged as done are history: Suggest plans only the rounds ahead (applying leaves the others
  // as they are), and a story told in a done round is not offered again in this loop.
  const done = doneRoundIds(loop, bank.interviews);
  const ahead = { ...loop, rounds: loop.rounds.filter((r) => !done.has(r.id)) };
  const pinned = keepAssigned
    ? ahead.rounds.flatMap((r) => r.storyIds.map((storyId) => ({ roundId: r.id, storyId })))
    : [];
  const kept = new Set(pinned.map((p) => p.storyId));
  const told = new Set(loop.rounds.filter((r) => done.has(r.id)).flatMap((r) => r.storyIds));
  const stories = bank.stories.filter((s) => !told.has(s.id) || kept.has(s.id));
  const { readiness, frameworks } = planningOptions(bank, loop.frameworkId);
  return suggestStories(ahead, stories, { readiness, frameworks, pinned });
}

const proposalFor = (bank: Bank, loop: Loop, suggestion: LoopSuggestion): Proposal =>
  proposalDto(bank, loop, suggestion, planningOptions(bank, loop.frameworkId).competencyName);

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

/** Saves the loop as `change` leaves it; answers with the loop, the stories whose "last used" moved, and the warnings. */
async function saveLoop(
  store: BankStore,
  loopId: string,
  change: (bank: Bank, current: Loop, now: Date) => Loop,
): Promise<{ loop: Loop; stories: Story[]; warnings: LoopWarningDto[] }> {
  let before: Bank | undefined;
  const { loop, stories } = await store.update(
    (bank, now) => {
      before = bank;
      const current = findLoop(bank, loopId);
      return withLoop(bank, touched(change(bank, current, now), current, now), now);
    },
    (bank) => ({ loop: findLoop(bank, loopId), stories: changedItems(before?.stories, bank.stories) }),
  );
  return { loop, stories, warnings: loopWarnings(store.bank, loopId) };
}

/** The best plan for the loop; with `apply`, saved at once on the bank as it is when the write runs. */
export async function suggestLoopPlan(
  store: BankStore,
  loopId: string,
  options: { keepAssigned: boolean; apply: boolean },
): Promise<Proposal & { loop?: Loop; stories?: Story[]; warnings?: LoopWarningDto[] }> {
  if (!options.apply) {
    const bank = store.bank;
    const loop = findLoop(bank, loopId);
    return proposalFor(bank, loop, suggest(bank, loop, options.keepAssigned));
  }
  let proposal: Proposal | undefined;
  const saved = await saveLoop(store, loopId, (bank, current, now) => {
    const suggestion = suggest(bank, current, options.keepAssigned);
    proposal = proposalFor(bank, current, suggestion);
    return applySuggestion(current, suggestion, now);
  });
  return { ...proposal!, ...saved };
}

/** Saves the rounds' stories (from Suggest or drag and drop); refuses if the loop changed since `expectedUpdatedAt`. */
export function applyLoopPlan(
  store: BankStore,
  loopId: string,
  rounds: readonly RoundPlan[],
  expectedUpdatedAt?: string,
): Promise<{ loop: Loop; stories: Story[]; warnings: LoopWarningDto[] }> {
  return saveLoop(store, loopId, (bank, current) => {
    if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== current.updatedAt) {
      throw new ApiError(
        'conflict',
        `The ${current.company} loop was changed elsewhere. Reload it to see the latest plan.`,
      );
    }
    return planned(current, rounds, bank);
  });
}
