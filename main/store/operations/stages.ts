// Interview stages (recruiter screen, bar raiser…): editable, and removing one removes its tags.
import { ApiError } from '#shared/api/errors';
import { newId } from '#shared/domain/ids';
import type { Bank, Loop, Stage, Story } from '#shared/domain/schemas';
import { changedItems } from './changed-items';
import type { BankStore } from '../bank-store';

export function findStage(bank: Bank, id: string): Stage {
  const stage = bank.stages.find((s) => s.id === id);
  if (!stage) throw new ApiError('not-found', 'This stage no longer exists. Reload the list of stages.');
  return stage;
}

export function createStage(store: BankStore, name: string): Promise<Stage> {
  const id = newId('stage');
  return store.update(
    (bank) => ({ ...bank, stages: [...bank.stages, { id, name }] }),
    (bank) => findStage(bank, id),
  );
}

export function renameStage(store: BankStore, id: string, name: string): Promise<Stage> {
  return store.update(
    (bank) => {
      findStage(bank, id);
      return { ...bank, stages: bank.stages.map((s) => (s.id === id ? { id, name } : s)) };
    },
    (bank) => findStage(bank, id),
  );
}

/** Puts the stages in the given order; every stage must be named exactly once. */
export function reorderStages(store: BankStore, ids: string[]): Promise<Stage[]> {
  return store.update(
    (bank) => {
      const byId = new Map(bank.stages.map((s) => [s.id, s]));
      if (ids.length !== byId.size || new Set(ids).size !== ids.length || ids.some((id) => !byId.has(id))) {
        throw new ApiError('conflict', 'The stages changed while you were reordering them. Reload and try again.');
      }
      return { ...bank, stages: ids.map((id) => byId.get(id)!) };
    },
    (bank) => bank.stages,
  );
}

/** Removes a stage and its tags; answers with the stories and loops that changed. */
export function deleteStage(store: BankStore, id: string): Promise<{ stories: Story[]; loops: Loop[] }> {
  let before: Bank | undefined;
  return store.update(
    (bank) => {
      findStage(bank, id);
      before = bank;
      return {
        ...bank,
        stages: bank.stages.filter((s) => s.id !== id),
        // Tags and rounds must not point at a stage that no longer exists.
        stories: bank.stories.map((story) =>
          story.stages.includes(id) ? { ...story, stages: story.stages.filter((s) => s !== id) } : story,
        ),
        loops: bank.loops.map((loop) =>
          loop.rounds.some((r) => r.stageId === id)
            ? {
                ...loop,
                rounds: loop.rounds.map((r) => (r.stageId === id ? (({ stageId: _gone, ...rest }) => rest)(r) : r)),
              }
            : loop,
        ),
      };
    },
    (after) => ({
      stories: changedItems(before?.stories, after.stories),
      loops: changedItems(before?.loops, after.loops),
    }),
  );
}
