// How strongly an upcoming interview loop pulls a story forward in the practice queue. A story told
// in one of the loop's rounds matters most; a story covering a competency the rounds focus on is the
// fallback if a planned story falls flat or the interviewer asks something else. The pull grows as
// the date approaches: nothing two weeks out, full strength in the last two days.
import { equivalentCompetencyIds } from '../competencies/map-competencies';
import type { InterviewEntry, Loop, Story } from '../domain/schemas';
import { doneRoundIds } from '../loops/loop-warnings';
import { calendarDaysBetween, parseLocalDate } from './calendar';

/** Loops further away than this do not change the queue yet. */
export const PULL_HORIZON_DAYS = 14;
/** From this many days before the loop on, the pull is at full strength. */
export const FULL_PULL_DAYS = 2;
/** A story that only covers a focus competency is pulled half as hard as one assigned to a round. */
export const FOCUS_PULL_SHARE = 0.5;

export interface UpcomingLoop {
  loop: Loop;
  date: Date;
  /** Calendar days from today (0 = today). */
  daysUntil: number;
  /** 0 (at the horizon) to 1 (within FULL_PULL_DAYS). */
  urgency: number;
}

export interface LoopPull {
  loop: UpcomingLoop;
  /** 0–1: urgency × (1 when assigned to a round, FOCUS_PULL_SHARE when it only covers a focus). */
  strength: number;
  /** Names of the rounds the story is assigned to. */
  rounds: string[];
  /** The loop's focus competency ids the story covers (directly or through an equivalent preset id). */
  focus: string[];
}

export function loopUrgency(daysUntil: number): number {
  if (daysUntil < 0 || daysUntil > PULL_HORIZON_DAYS) return 0;
  return Math.min(1, (PULL_HORIZON_DAYS - daysUntil) / (PULL_HORIZON_DAYS - FULL_PULL_DAYS));
}

/**
 * Loops with a date from today to the horizon, soonest first, holding only their rounds still ahead: a
 * round logged as done (`interviews`) is behind the user and pulls nothing, and a loop with every round
 * done is not upcoming. Loops without a date pull nothing.
 */
export function upcomingLoops(
  loops: readonly Loop[],
  now: Date,
  interviews: readonly InterviewEntry[] = [],
): UpcomingLoop[] {
  const out: UpcomingLoop[] = [];
  for (const whole of loops) {
    const date = whole.date ? parseLocalDate(whole.date) : undefined;
    if (!date) continue;
    const done = doneRoundIds(whole, interviews);
    const loop = done.size === 0 ? whole : { ...whole, rounds: whole.rounds.filter((r) => !done.has(r.id)) };
    if (loop.rounds.length === 0 && whole.rounds.length > 0) continue;
    const daysUntil = calendarDaysBetween(now, date);
    const urgency = loopUrgency(daysUntil);
    if (urgency > 0) out.push({ loop, date, daysUntil, urgency });
  }
  return out.sort((a, b) => a.daysUntil - b.daysUntil || a.loop.company.localeCompare(b.loop.company));
}

/** The loop's focus competencies the story covers, counting equivalent ids across frameworks. */
export function coveredFocus(story: Pick<Story, 'competencies'>, loop: Loop): string[] {
  const focus = [...new Set(loop.rounds.flatMap((r) => r.focus))];
  const tags = new Set(story.competencies.flatMap((id) => [id, ...equivalentCompetencyIds(id)]));
  return focus.filter((id) => tags.has(id));
}

export function loopPull(story: Pick<Story, 'id' | 'competencies'>, upcoming: UpcomingLoop): LoopPull | undefined {
  const rounds = upcoming.loop.rounds.filter((r) => r.storyIds.includes(story.id)).map((r) => r.name);
  const focus = coveredFocus(story, upcoming.loop);
  if (rounds.length === 0 && focus.length === 0) return undefined;
  const share = rounds.length > 0 ? 1 : FOCUS_PULL_SHARE;
  return { loop: upcoming, strength: upcoming.urgency * share, rounds, focus };
}

/** The strongest pull any upcoming loop has on the story (the soonest wins a tie). */
export function strongestPull(
  story: Pick<Story, 'id' | 'competencies'>,
  upcoming: readonly UpcomingLoop[],
): LoopPull | undefined {
  let best: LoopPull | undefined;
  for (const u of upcoming) {
    const pull = loopPull(story, u);
    if (pull && (!best || pull.strength > best.strength)) best = pull;
  }
  return best;
}
