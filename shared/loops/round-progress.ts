// How far a loop has come, counted one way wherever it is shown (the loop list, the loop's header):
// rounds logged as done, and of the rounds still ahead, how many have their stories placed.
import type { InterviewEntry, Loop } from '../domain/schemas';
import { doneRoundIds } from './loop-warnings';

export interface RoundProgress {
  total: number;
  /** Rounds logged as done (an interview entry names the round). */
  done: number;
  /** Rounds not done yet. */
  ahead: number;
  /** Rounds not done yet that have at least one story placed. */
  prepared: number;
}

export function roundProgress(loop: Loop, interviews: readonly InterviewEntry[] = []): RoundProgress {
  const done = doneRoundIds(loop, interviews);
  const ahead = loop.rounds.filter((r) => !done.has(r.id));
  return {
    total: loop.rounds.length,
    done: loop.rounds.length - ahead.length,
    ahead: ahead.length,
    prepared: ahead.filter((r) => r.storyIds.length > 0).length,
  };
}

/** "4 rounds · 1 done · 2 of 3 planned": what is behind the user, and what is ready of what is ahead. */
export function roundProgressWords(progress: RoundProgress): string {
  const { total, done, ahead, prepared } = progress;
  if (total === 0) return 'No rounds yet';
  const rounds = `${total} ${total === 1 ? 'round' : 'rounds'}`;
  if (ahead === 0) return `${rounds} · all done`;
  return done > 0
    ? `${rounds} · ${done} done · ${prepared} of ${ahead} planned`
    : `${rounds} · ${prepared} of ${ahead} planned`;
}
