// Which stories count for coverage, planning and ranking, and how ready they are.
import type { Story } from '../domain/schemas';

/** A readiness score in [0, 100] (the analyzer's). Callers pass it in so that this code does not depend on the analyzer. */
export type ReadinessFn = (story: Story) => number;

export function isTrashed(story: Story): boolean {
  return story.deletedAt !== undefined;
}

/**
 * Stories you could still tell: not in the trash and not retired. Retired means "I no longer tell this",
 * so it must not make a competency look covered; drafts count, but only ready stories close a gap.
 */
export function isTellable(story: Story): boolean {
  return !isTrashed(story) && story.status !== 'retired';
}

export function isReady(story: Story): boolean {
  return isTellable(story) && story.status === 'ready';
}

/** Without an analyzer score, the user's own status is the best signal: ready 100, draft 50, retired 0. */
export function statusReadiness(story: Story): number {
  return story.status === 'ready' ? 100 : story.status === 'draft' ? 50 : 0;
}

export function clampReadiness(value: number): number {
  return Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;
}
