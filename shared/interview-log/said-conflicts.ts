// The number-conflict check over what was said: a number said in a logged round against the stories as
// written now (the same story, or another story about the same project).
import type { Bank } from '../domain/schemas';
import { storyNumberClaims } from '../loops/number-claims';
import { findClaimConflicts, type ClaimSide, type NumberConflict } from '../loops/number-conflicts';

export function saidNumberConflicts(bank: Pick<Bank, 'stories' | 'interviews'>): NumberConflict[] {
  const live = bank.stories.filter((s) => s.deletedAt === undefined);
  const project = new Map(live.map((s) => [s.id, s.project]));
  const sides: ClaimSide[] = live.map((s) => ({ storyId: s.id, project: s.project, claims: storyNumberClaims(s) }));
  for (const entry of bank.interviews)
    for (const told of entry.stories) {
      const p = project.get(told.storyId);
      if (p === undefined || !told.claimsSaid?.length) continue;
      sides.push({ storyId: told.storyId, project: p, claims: told.claimsSaid, entryId: entry.id });
    }
  return findClaimConflicts(sides).filter((c) => c.stories.some((s) => s.entryId !== undefined));
}
