// Practice pulls from the log: questions that were really asked, the ones that went worst first.
import type { InterviewEntry } from '../domain/schemas';

export interface AskedForPractice {
  text: string;
  questionId?: string;
  /** The lowest rating the answer got (unrated counts as 3, the middle). */
  rating?: number;
  company: string;
  date: string;
  /** How many times it was asked. */
  times: number;
}

const UNRATED = 3;
const key = (q: { text: string; questionId?: string }) =>
  q.questionId ?? q.text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Asked questions, one per question: lowest rating first, then most often asked, then most recent. */
export function askedQuestionsForPractice(interviews: readonly InterviewEntry[]): AskedForPractice[] {
  const byKey = new Map<string, AskedForPractice>();
  for (const entry of interviews)
    for (const q of entry.questions) {
      const k = key(q);
      const seen = byKey.get(k);
      if (!seen) {
        byKey.set(k, {
          text: q.text,
          ...(q.questionId ? { questionId: q.questionId } : {}),
          ...(q.rating !== undefined ? { rating: q.rating } : {}),
          company: entry.company,
          date: entry.date,
          times: 1,
        });
        continue;
      }
      seen.times++;
      if (q.rating !== undefined && (seen.rating === undefined || q.rating < seen.rating)) seen.rating = q.rating;
      if (entry.date > seen.date) Object.assign(seen, { company: entry.company, date: entry.date });
    }
  return [...byKey.values()].sort(
    (a, b) => (a.rating ?? UNRATED) - (b.rating ?? UNRATED) || b.times - a.times || b.date.localeCompare(a.date),
  );
}
