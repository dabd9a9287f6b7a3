// A story's "told at" history, from the interview log.
import type { InterviewEntry, InterviewOutcome } from '../domain/schemas';

export interface Telling {
  entryId: string;
  company: string;
  roundName: string;
  date: string;
  interviewer?: string;
  rating?: number;
  outcome: InterviewOutcome;
}

/** Where and when the story was told, newest first. */
export function storyTellings(interviews: readonly InterviewEntry[], storyId: string): Telling[] {
  return interviews
    .filter((e) => e.stories.some((s) => s.storyId === storyId))
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))
    .map((e) => ({
      entryId: e.id,
      company: e.company,
      roundName: e.roundName,
      date: e.date,
      ...(e.interviewer ? { interviewer: e.interviewer } : {}),
      ...(e.rating !== undefined ? { rating: e.rating } : {}),
      outcome: e.outcome,
    }));
}

/** The date each story was last told (stories never told are absent). */
export function lastToldDates(interviews: readonly InterviewEntry[]): Map<string, string> {
  const last = new Map<string, string>();
  for (const e of interviews)
    for (const s of e.stories) {
      const seen = last.get(s.storyId);
      if (seen === undefined || e.date > seen) last.set(s.storyId, e.date);
    }
  return last;
}
