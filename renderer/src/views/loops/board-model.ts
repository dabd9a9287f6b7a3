// The plan board's pure logic: card ids, and what a move does to the rounds' story lists.
import type { Round } from '#shared/domain/schemas';

export const POOL_ID = 'pool';

export interface BoardMove {
  storyId: string;
  /** A round id, or POOL_ID. */
  from: string;
  to: string;
}

// A story may sit in two rounds (the reuse warning says so), so a card is named by zone and story.
const SEPARATOR = '::';
export const cardId = (zoneId: string, storyId: string) => `${zoneId}${SEPARATOR}${storyId}`;
export function parseCardId(id: string): { zoneId: string; storyId: string } {
  const at = id.indexOf(SEPARATOR);
  return { zoneId: id.slice(0, at), storyId: id.slice(at + SEPARATOR.length) };
}

/** The rounds' story ids after a move: out of `from` (unless the pool), into `to` (unless the pool), once. */
export function moveStory(
  rounds: readonly Pick<Round, 'id' | 'storyIds'>[],
  move: BoardMove,
): { roundId: string; storyIds: string[] }[] {
  return rounds.map((round) => {
    let ids = round.storyIds;
    if (round.id === move.from) ids = ids.filter((id) => id !== move.storyId);
    if (round.id === move.to && !ids.includes(move.storyId)) ids = [...ids, move.storyId];
    return { roundId: round.id, storyIds: [...ids] };
  });
}
