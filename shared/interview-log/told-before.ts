// Preparing a later round at the same company: which of the round's stories were already told there,
// when and to whom, and the numbers said then beside the numbers in the story now.
import type { Bank, InterviewEntry } from '../domain/schemas';
import { storyNumberClaims } from '../loops/number-claims';
import { sameCompany } from './companies';
import { compareNumbers, type NumberComparison } from './said-numbers';

export interface PastTelling {
  entryId: string;
  date: string;
  roundName: string;
  interviewer?: string;
  rating?: number;
  /** Measure by measure, then vs now; changed ones first. */
  numbers: NumberComparison[];
  /** True when any number said then differs from or is missing in the story now. */
  numbersChanged: boolean;
}

export interface ToldBeforeWarning {
  storyId: string;
  company: string;
  tellings: PastTelling[];
}

/**
 * For each of `storyIds`, the times it was told at `company` (newest first). Entries of the round being
 * prepared (`roundId`) are skipped: a round does not warn about itself.
 */
export function toldBefore(
  bank: Pick<Bank, 'stories' | 'interviews'>,
  company: string,
  storyIds: readonly string[],
  options: { roundId?: string } = {},
): ToldBeforeWarning[] {
  const entries = bank.interviews
    .filter((e) => sameCompany(e.company, company) && (options.roundId === undefined || e.roundId !== options.roundId))
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  const out: ToldBeforeWarning[] = [];
  for (const storyId of new Set(storyIds)) {
    const story = bank.stories.find((s) => s.id === storyId);
    const now = story ? storyNumberClaims(story) : [];
    const tellings = entries.flatMap((entry) => tellingOf(entry, storyId, now));
    if (tellings.length > 0) out.push({ storyId, company, tellings });
  }
  return out;
}

function tellingOf(entry: InterviewEntry, storyId: string, now: ReturnType<typeof storyNumberClaims>): PastTelling[] {
  const told = entry.stories.find((s) => s.storyId === storyId);
  if (!told) return [];
  const numbers = compareNumbers(told.claimsSaid ?? [], now);
  return [
    {
      entryId: entry.id,
      date: entry.date,
      roundName: entry.roundName,
      ...(entry.interviewer ? { interviewer: entry.interviewer } : {}),
      ...(entry.rating !== undefined ? { rating: entry.rating } : {}),
      numbers,
      numbersChanged: numbers.some((n) => n.change === 'changed' || n.change === 'dropped'),
    },
  ];
}
