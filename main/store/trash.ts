// Deleting a story moves it to the trash (deletedAt is set); it can be restored for 30 days and is
// then purged for good when a bank is opened.
import type { Bank, Story } from '#shared/domain/schemas';

export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export function isInTrash(story: Story): boolean {
  return story.deletedAt !== undefined;
}

export function purgeDate(story: Story): Date | undefined {
  return story.deletedAt ? new Date(Date.parse(story.deletedAt) + TRASH_DAYS * DAY_MS) : undefined;
}

/** Drops stories that have been in the trash longer than TRASH_DAYS. Returns the same bank if none expired. */
export function purgeExpired(bank: Bank, now: Date): { bank: Bank; purged: Story[] } {
  const purged = bank.stories.filter((story) => {
    const due = purgeDate(story);
    return due !== undefined && due.getTime() <= now.getTime();
  });
  if (purged.length === 0) return { bank, purged };
  const gone = new Set(purged.map((s) => s.id));
  return {
    bank: withoutStoryReferences({ ...bank, stories: bank.stories.filter((s) => !gone.has(s.id)) }, gone),
    purged,
  };
}

/** Removes purged stories from loop rounds so no round points at a story that no longer exists. */
export function withoutStoryReferences(bank: Bank, gone: Set<string>): Bank {
  if (!bank.loops.some((loop) => loop.rounds.some((round) => round.storyIds.some((id) => gone.has(id))))) return bank;
  return {
    ...bank,
    loops: bank.loops.map((loop) =>
      loop.rounds.some((round) => round.storyIds.some((id) => gone.has(id)))
        ? {
            ...loop,
            rounds: loop.rounds.map((round) => ({ ...round, storyIds: round.storyIds.filter((id) => !gone.has(id)) })),
          }
        : loop,
    ),
  };
}
