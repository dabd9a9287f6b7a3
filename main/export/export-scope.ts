// Which stories an export covers, resolved against the open bank. A loop's stories come in round order (first use
// wins); a hand-picked list keeps the order it was picked in. Stories in the trash are never exported.
import { ApiError } from '#shared/api/errors';
import type { ExportScope } from '#shared/api/channels/exports';
import type { Bank, Loop, Story } from '#shared/domain/schemas';
import { orderStories } from '#shared/sheet/plan-sheet';
import { isInTrash } from '../store/trash';

export interface ResolvedScope {
  stories: Story[];
  loop?: Loop;
}

const live = (bank: Bank) => bank.stories.filter((s) => !isInTrash(s));

export function resolveScope(bank: Bank, scope: ExportScope): ResolvedScope {
  switch (scope.kind) {
    case 'all': {
      const stories = live(bank);
      if (stories.length === 0)
        throw new ApiError('invalid-request', 'There are no stories to export yet. Write or import a story first.');
      return { stories };
    }
    case 'ready': {
      const stories = live(bank).filter((s) => s.status === 'ready');
      if (stories.length === 0) {
        throw new ApiError(
          'invalid-request',
          'No story is marked “ready” yet. Mark stories as ready in Stories, or pick the stories by hand.',
        );
      }
      return { stories };
    }
    case 'stories': {
      const byId = new Map(live(bank).map((s) => [s.id, s]));
      const missing = scope.storyIds.filter((id) => !byId.has(id));
      if (missing.length) {
        throw new ApiError(
          'not-found',
          `${missing.length === 1 ? 'One chosen story is' : `${missing.length} chosen stories are`} no longer in the bank (deleted or moved to the trash). Pick the stories again.`,
        );
      }
      return { stories: [...new Set(scope.storyIds)].map((id) => byId.get(id)!) };
    }
    case 'loop': {
      const loop = bank.loops.find((l) => l.id === scope.loopId);
      if (!loop) throw new ApiError('not-found', 'This interview loop is no longer in the bank. Pick another one.');
      const byId = new Map(live(bank).map((s) => [s.id, s]));
      const planned = loop.rounds
        .flatMap((r) => r.storyIds)
        .map((id) => byId.get(id))
        .filter((s): s is Story => s !== undefined);
      const stories = orderStories([...new Set(planned)], loop);
      if (stories.length === 0) {
        throw new ApiError(
          'invalid-request',
          `The ${loop.company || 'chosen'} loop has no stories in its rounds yet. Plan the loop in Loops first.`,
        );
      }
      return { stories, loop };
    }
  }
}
