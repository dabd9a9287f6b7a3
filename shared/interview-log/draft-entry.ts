// "Mark round as done": a log entry filled from the plan, for the user to correct.
import { ApiError } from '../api/errors';
import type { Bank, InterviewEntry } from '../domain/schemas';
import { snapshotNumbers } from './said-numbers';

/** The fields of a log entry the user edits (ids and timestamps are the store's). */
export type InterviewEntryFields = Omit<InterviewEntry, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * A draft for the round as planned: company, role, round name and stage, the loop's date (or `today`),
 * and the stories assigned to the round with the numbers they say now. Outcome starts as 'waiting'.
 */
export function draftEntryFromRound(
  bank: Pick<Bank, 'loops' | 'stories'>,
  loopId: string,
  roundId: string,
  today: string,
): InterviewEntryFields {
  const loop = bank.loops.find((l) => l.id === loopId);
  if (!loop) throw new ApiError('not-found', 'This loop no longer exists. Reload the list of loops.');
  const round = loop.rounds.find((r) => r.id === roundId);
  if (!round) throw new ApiError('not-found', `The ${loop.company} loop has no such round any more.`);
  const stories = round.storyIds
    .map((id) => bank.stories.find((s) => s.id === id && s.deletedAt === undefined))
    .filter((s) => s !== undefined);
  return {
    company: loop.company,
    role: loop.role,
    loopId,
    roundId,
    roundName: round.name,
    ...(round.stageId ? { stageId: round.stageId } : {}),
    date: loop.date && loop.date <= today ? loop.date : today,
    questions: [],
    stories: stories.map((s) => ({ storyId: s.id, ...snapshotNumbers(s) })),
    outcome: 'waiting',
    notes: '',
  };
}
