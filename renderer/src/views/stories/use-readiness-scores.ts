// Readiness scores for the list's sort and filter. They are computed in idle time after the list
// paints; if a readiness sort or filter is chosen before they are all ready, the rest is finished in
// short back-to-back slices and this returns the progress (the view shows it) until then.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Story } from '#shared/domain/schemas';
import { ReadinessWarmer } from '../../data/readiness-warmer';

export interface ScoringProgress {
  done: number;
  total: number;
}

export function useReadinessScores(stories: readonly Story[], needed: boolean): ScoringProgress | null {
  const [warmer] = useState(() => new ReadinessWarmer());
  useEffect(() => {
    warmer.track(stories);
    return () => warmer.pause();
  }, [warmer, stories]);
  useEffect(() => {
    if (needed) warmer.hurry();
  }, [warmer, stories, needed]);
  // Plan in render when the scores are needed now, so a changed story is never scored on the spot
  // in bulk: small changes are scored at once, big ones join the sliced work.
  if (needed) warmer.track(stories);
  const remaining = useSyncExternalStore(warmer.subscribe, () => (needed ? warmer.remaining : 0));
  return remaining > 0 ? { done: warmer.total - remaining, total: warmer.total } : null;
}
