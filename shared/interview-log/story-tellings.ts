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

/**
 * For the story list: `last-told` orders stories by the date they were last told, most recent first,
 * never-told ones last; `never-told` keeps only the stories never told in a logged round. Stable.
 */
export function byTelling<T extends { id: string }>(
  stories: readonly T[],
  interviews: readonly InterviewEntry[],
  mode: 'last-told' | 'never-told',
): T[] {
  const last = lastToldDates(interviews);
  if (mode === 'never-told') return stories.filter((s) => !last.has(s.id));
  return stories
    .map((story, index) => ({ story, index, date: last.get(story.id) ?? '' }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.index - b.index)
    .map((x) => x.story);
}
