// Interview loops (company, role, rounds). Rounds arrive whole on update; new rounds get ids here.
import { ApiError } from '#shared/api/errors';
import { newId } from '#shared/domain/ids';
import type { Bank, Loop, Round, Story } from '#shared/domain/schemas';
import { changedItems } from './changed-items';
import type { BankStore } from '../bank-store';
import { nextTimestamp } from './timestamps';

export type RoundInput = Omit<Round, 'id'> & { id?: string };
export interface LoopInput {
  company: string;
  role: string;
  date?: string;
  frameworkId: string;
  rounds?: RoundInput[];
  jobDescription?: string;
  focus?: string[];
}
export interface LoopChanges {
  company?: string;
  role?: string;
  /** null clears the date. */
  date?: string | null;
  frameworkId?: string;
  rounds?: RoundInput[];
  /** null or '' removes the job description. */
  jobDescription?: string | null;
  /** [] removes the loop's focus. */
  focus?: string[];
}

const withIds = (rounds: RoundInput[]): Round[] => rounds.map((r) => ({ ...r, id: r.id ?? newId('round') }));

export function findLoop(bank: Bank, id: string): Loop {
  const loop = bank.loops.find((l) => l.id === id);
  if (!loop) throw new ApiError('not-found', 'This loop no longer exists. Reload the list of loops.');
  return loop;
}

export function createLoop(store: BankStore, input: LoopInput): Promise<Loop> {
  let id = '';
  return store.update(
    (bank, now) => {
      const at = now.toISOString();
      id = newId('loop', now.getTime());
      const loop: Loop = {
        id,
        company: input.company,
        role: input.role,
        ...(input.date ? { date: input.date } : {}),
        frameworkId: input.frameworkId,
        rounds: withIds(input.rounds ?? []),
        ...(input.jobDescription ? { jobDescription: input.jobDescription } : {}),
        ...(input.focus && input.focus.length > 0 ? { focus: [...new Set(input.focus)] } : {}),
        createdAt: at,
        updatedAt: at,
      };
      return { ...bank, loops: [...bank.loops, loop] };
    },
    (bank) => findLoop(bank, id),
  );
}

export function updateLoop(
  store: BankStore,
  id: string,
  changes: LoopChanges,
  expectedUpdatedAt?: string,
): Promise<Loop> {
  return store.update(
    (bank, now) => {
      const current = findLoop(bank, id);
      if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== current.updatedAt) {
        throw new ApiError(
          'conflict',
          `The ${current.company} loop was changed elsewhere (another window?). Reload it to see the latest version.`,
        );
      }
      const { date, rounds, jobDescription, focus, ...rest } = changes;
      let next: Loop = { ...current, ...rest, updatedAt: nextTimestamp(current.updatedAt, now) };
      if (jobDescription === null || jobDescription === '')
        next = (({ jobDescription: _cleared, ...without }) => without)(next);
      else if (jobDescription !== undefined) next = { ...next, jobDescription };
      if (focus !== undefined && focus.length === 0) next = (({ focus: _cleared, ...without }) => without)(next);
      else if (focus !== undefined) next = { ...next, focus: [...new Set(focus)] };
      if (rounds !== undefined) next = { ...next, rounds: withIds(rounds) };
      if (date === null) next = (({ date: _cleared, ...without }) => without)(next);
      else if (date !== undefined) next = { ...next, date };
      return { ...bank, loops: bank.loops.map((l) => (l.id === id ? next : l)) };
    },
    (bank) => findLoop(bank, id),
  );
}

/** Removes a loop; answers with the stories whose "last used" pointed at it. */
export function deleteLoop(store: BankStore, id: string): Promise<{ stories: Story[] }> {
  let before: Bank | undefined;
  return store.update(
    (bank) => {
      findLoop(bank, id);
      before = bank;
      return {
        ...bank,
        loops: bank.loops.filter((l) => l.id !== id),
        // A story's "last used" must not point at a loop that is gone.
        stories: bank.stories.map((s) => (s.lastUsed?.loopId === id ? (({ lastUsed: _gone, ...rest }) => rest)(s) : s)),
      };
    },
    (after) => ({ stories: changedItems(before?.stories, after.stories) }),
  );
}
