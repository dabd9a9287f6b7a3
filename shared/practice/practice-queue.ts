// "Practice next": the stories to rehearse, most urgent first, each with the reason in plain words.
//
// Ranking, as one score per story (higher first):
//   dueness = 2            for a story never rehearsed (the most urgent: never told out loud)
//           = 1 + (1 − R)  for a story due today or overdue (R = FSRS retrievability now)
//           = 1 − R        for a story not due yet (R > ~0.9 there, so this stays small)
//   score   = dueness + PULL_WEIGHT × pull   (pull: 0–1, see loop-pull.ts)
// Overdue stories thus come before stories not yet due, the least likely to be recalled first; an
// upcoming loop adds up to PULL_WEIGHT, so within two days of the loop a story assigned to one of its
// rounds outranks every story that is merely due, and a focus-only story outranks mildly overdue ones.
// A story already rehearsed well today (rated 3 or more) is done for the day: the loop does not pull
// it, so the next loop story comes up instead of the same one again.
import { isTellable } from '../coverage/story-state';
import type { InterviewEntry, Loop, Story } from '../domain/schemas';
import { calendarDaysBetween, relativeDays, shortDate } from './calendar';
import { strongestPull, upcomingLoops, type LoopPull } from './loop-pull';
import { storyMemory, type StoryMemory } from './scheduler';

export const PULL_WEIGHT = 2;

export type Dueness = 'new' | 'due' | 'later';

export interface QueueItem {
  story: Story;
  memory: StoryMemory;
  dueness: Dueness;
  /** Calendar days until due (negative: overdue; 0 for new stories). */
  dueInDays: number;
  pull?: LoopPull;
  score: number;
  /** One line: "due 3 days ago; in your Acme loop on Dec 4 (Hiring manager)". */
  reason: string;
}

export interface QueueInput {
  stories: readonly Story[];
  loops?: readonly Loop[];
  /** The interview log: a round logged as done no longer pulls its stories forward. */
  interviews?: readonly InterviewEntry[];
  now: Date;
  /** Competency id → display name; ids are shown as they are without it. */
  competencyName?: (id: string) => string;
}

function dueReason(dueness: Dueness, dueInDays: number): string {
  if (dueness === 'new') return 'never rehearsed';
  return `due ${relativeDays(dueInDays)}`;
}

function pullReason(pull: LoopPull, name: (id: string) => string): string {
  const { loop, date } = pull.loop;
  const where = `${loop.company || 'upcoming'} loop on ${shortDate(date)}`;
  const covers = pull.focus.map(name).join(', ');
  if (pull.rounds.length > 0) {
    const rounds = pull.rounds.filter((r) => r.trim() !== '').join(', ');
    const told = `in your ${where}${rounds ? ` (${rounds})` : ''}`;
    return covers ? `${told}; covers ${covers}` : told;
  }
  return `covers ${covers} for your ${where}`;
}

/** A story is in the queue when it is ready, or a draft already planned into an upcoming loop. */
function isCandidate(story: Story, pull: LoopPull | undefined): boolean {
  if (!isTellable(story)) return false;
  return story.status === 'ready' || (pull !== undefined && pull.rounds.length > 0);
}

export function practiceQueue({
  stories,
  loops = [],
  interviews = [],
  now,
  competencyName = (id) => id,
}: QueueInput): QueueItem[] {
  const upcoming = upcomingLoops(loops, now, interviews);
  const items: QueueItem[] = [];
  for (const story of stories) {
    const fullPull = strongestPull(story, upcoming);
    if (!isCandidate(story, fullPull)) continue;
    const memory = storyMemory(story, now);
    const doneToday =
      memory.lastRating !== undefined &&
      memory.lastRating >= 3 &&
      memory.lastReviewAt !== undefined &&
      calendarDaysBetween(memory.lastReviewAt, now) === 0;
    const pull = doneToday ? undefined : fullPull;
    const dueInDays = memory.state === 'new' ? 0 : calendarDaysBetween(now, memory.dueAt);
    const dueness: Dueness = memory.state === 'new' ? 'new' : dueInDays <= 0 ? 'due' : 'later';
    const base = dueness === 'new' ? 2 : dueness === 'due' ? 2 - memory.retrievability : 1 - memory.retrievability;
    const score = base + PULL_WEIGHT * (pull?.strength ?? 0);
    const reasons = [dueReason(dueness, dueInDays)];
    if (pull) reasons.push(pullReason(pull, competencyName));
    else if (fullPull) reasons.push(`rehearsed today for your ${fullPull.loop.loop.company || 'upcoming'} loop`);
    items.push({ story, memory, dueness, dueInDays, pull, score, reason: reasons.join('; ') });
  }
  return items.sort(
    (a, b) =>
      b.score - a.score ||
      a.memory.dueAt.getTime() - b.memory.dueAt.getTime() ||
      a.story.title.localeCompare(b.story.title) ||
      a.story.id.localeCompare(b.story.id),
  );
}
