// Test helpers for practice: stories with rehearsal logs built from (day offset, rating) pairs, in local time.
import type { Loop, Rehearsal, Story } from '#shared/domain/schemas';
import { makeStory } from '../coverage/make-story';

export { makeStory };

/** Local 09:00 on a day counted from Jan 1, 2025 (local dates keep the tests time-zone independent). */
export function day(offset: number, hour = 9, minute = 0): Date {
  return new Date(2025, 0, 1 + offset, hour, minute);
}

let rehearsalCounter = 0;
export function rehearsal(at: Date, rating?: number, seconds = 100): Rehearsal {
  rehearsalCounter++;
  return {
    id: `reh_t${rehearsalCounter.toString(36).padStart(4, '0')}`,
    at: at.toISOString(),
    seconds,
    ...(rating === undefined ? {} : { rating }),
  };
}

/** A story rehearsed at the given moments with the given ratings. */
export function rehearsedStory(history: readonly [Date, number | undefined][], fields: Partial<Story> = {}): Story {
  return makeStory({ ...fields, rehearsals: history.map(([at, rating]) => rehearsal(at, rating)) });
}

let loopCounter = 0;
export function makeLoop(fields: Partial<Loop> & Pick<Loop, 'rounds'>): Loop {
  loopCounter++;
  return {
    id: `loop_t${loopCounter.toString(36).padStart(4, '0')}`,
    company: 'Acme',
    role: 'Staff ML engineer',
    frameworkId: 'senior-ml-engineer',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...fields,
  };
}

export const isoDate = (at: Date) =>
  `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
