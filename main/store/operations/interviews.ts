// The interview log in the bank: real rounds as they happened. A story told must exist (a deleted
// story's entries stay: the log is history, and the story can come back from the trash).
import { ApiError } from '#shared/api/errors';
import { newId } from '#shared/domain/ids';
import type { Bank, InterviewEntry } from '#shared/domain/schemas';
import { toldBefore, type InterviewEntryFields } from '#shared/interview-log/index';
import type { BankStore } from '../bank-store';
import { findLoop } from './loops';
import { nextTimestamp } from './timestamps';

export function findInterview(bank: Bank, id: string): InterviewEntry {
  const entry = bank.interviews.find((e) => e.id === id);
  if (!entry) throw new ApiError('not-found', 'This interview log entry no longer exists. Reload the log.');
  return entry;
}

function assertStoriesExist(bank: Bank, fields: Pick<Partial<InterviewEntryFields>, 'stories'>): void {
  for (const told of fields.stories ?? [])
    if (!bank.stories.some((s) => s.id === told.storyId))
      throw new ApiError('invalid-request', 'A story in this entry no longer exists. Remove it and save again.');
}

export function createInterview(store: BankStore, fields: InterviewEntryFields): Promise<InterviewEntry> {
  let id = '';
  return store.update(
    (bank, now) => {
      assertStoriesExist(bank, fields);
      const at = now.toISOString();
      id = newId('interview', now.getTime());
      return { ...bank, interviews: [...bank.interviews, { ...fields, id, createdAt: at, updatedAt: at }] };
    },
    (bank) => findInterview(bank, id),
  );
}

/** Changes the fields given; `interviewer: null` and `rating: null` clear them. */
export type InterviewChanges = Partial<Omit<InterviewEntryFields, 'interviewer' | 'rating'>> & {
  interviewer?: string | null;
  rating?: number | null;
};

export function updateInterview(
  store: BankStore,
  id: string,
  changes: InterviewChanges,
  expectedUpdatedAt?: string,
): Promise<InterviewEntry> {
  return store.update(
    (bank, now) => {
      const current = findInterview(bank, id);
      if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== current.updatedAt)
        throw new ApiError(
          'conflict',
          `This ${current.company} entry was changed elsewhere (another window?). Reload it to see the latest version.`,
        );
      assertStoriesExist(bank, changes);
      const { interviewer, rating, ...rest } = changes;
      const next: InterviewEntry = { ...current, ...rest, updatedAt: nextTimestamp(current.updatedAt, now) };
      if (interviewer === null || interviewer === '') delete next.interviewer;
      else if (interviewer !== undefined) next.interviewer = interviewer;
      if (rating === null) delete next.rating;
      else if (rating !== undefined) next.rating = rating;
      return { ...bank, interviews: bank.interviews.map((e) => (e.id === id ? next : e)) };
    },
    (bank) => findInterview(bank, id),
  );
}

export function deleteInterview(store: BankStore, id: string): Promise<void> {
  return store.update(
    (bank) => {
      findInterview(bank, id);
      return { ...bank, interviews: bank.interviews.filter((e) => e.id !== id) };
    },
    () => undefined,
  );
}

/** For a planned round: which of its stories were told at the same company before, numbers then vs now. */
export function toldBeforeRound(bank: Bank, loopId: string, roundId: string): ReturnType<typeof toldBefore> {
  const loop = findLoop(bank, loopId);
  const round = loop.rounds.find((r) => r.id === roundId);
  if (!round) throw new ApiError('not-found', `The ${loop.company} loop has no such round any more.`);
  return toldBefore(bank, loop.company, round.storyIds, { roundId });
}
