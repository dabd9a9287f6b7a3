// Assigning a story to a loop records when and where it was last used, so the next loop can warn
// about telling the same story to the same company and practice can favour stories not told lately.
import type { Loop, Story } from '../domain/schemas';

/**
 * Returns the stories with `lastUsed` set for every story assigned in the loop (the first round it
 * appears in). Unchanged stories are returned as the same objects, so callers can tell what changed.
 * `updatedAt` is left alone: being scheduled is not an edit of the story's text.
 */
export function recordLastUsed(stories: readonly Story[], loop: Loop, now: Date = new Date()): Story[] {
  const firstRound = new Map<string, string>();
  for (const round of loop.rounds)
    for (const id of round.storyIds) if (!firstRound.has(id)) firstRound.set(id, round.id);
  const at = now.toISOString();
  return stories.map((story) => {
    const roundId = firstRound.get(story.id);
    if (roundId === undefined) return story;
    if (story.lastUsed?.loopId === loop.id && story.lastUsed.roundId === roundId) return story;
    return { ...story, lastUsed: { loopId: loop.id, roundId, at } };
  });
}
