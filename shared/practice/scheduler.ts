// The spaced-repetition schedule of one story: its rated rehearsals replayed through FSRS (ts-fsrs)
// in time order give its memory state today — when it is next due and how likely it is to come out
// well right now (retrievability).
//
// Settings and why:
// - no short-term (learning) steps: those re-show a flash card after 1 and 10 minutes, which makes
//   no sense for a two-minute story told out loud; every review is scheduled in days;
// - no fuzz: the queue must be deterministic (tests, and two windows showing the same order);
// - intervals capped at 180 days: a story bank is for the next year of interviews, not for life;
// - rehearsals without a rating carry no recall signal and are left out of the schedule (they still
//   count as attempts in the progress figures);
// - several rehearsals on the same day do not raise stability (FSRS sees 0 elapsed days, R = 1):
//   cramming does not count as spacing.
import { createEmptyCard, forgetting_curve, fsrs, State, type Card } from 'ts-fsrs';
import type { Story } from '../domain/schemas';
import { DAY_MS } from './calendar';
import { fsrsGrade, isSelfRating, type SelfRating } from './ratings';

export const SCHEDULER_PARAMS = {
  request_retention: 0.9,
  maximum_interval: 180,
  enable_fuzz: false,
  enable_short_term: false,
} as const;

const scheduler = fsrs(SCHEDULER_PARAMS);

export interface StoryMemory {
  /** 'new' when the story has no rated rehearsal up to now. */
  state: 'new' | 'review';
  /** Rated rehearsals replayed. */
  reviews: number;
  lapses: number;
  /** When FSRS would next ask for it; for a new story, now. */
  dueAt: Date;
  lastReviewAt?: Date;
  /** The self-rating of the last rated rehearsal. */
  lastRating?: SelfRating;
  /** Days: the interval at which recall probability falls to 90%. 0 for a new story. */
  stability: number;
  difficulty: number;
  /** Probability of recall now (0–1), on the FSRS-6 forgetting curve; 0 for a new story. */
  retrievability: number;
  /** Days since it was due (negative: days until due), fractional. */
  overdueDays: number;
}

/** A story's rated rehearsals (whole answers, not follow-ups) up to `now`, oldest first (ties keep the log's order). */
export function ratedRehearsals(story: Pick<Story, 'rehearsals'>, now: Date): { at: Date; rating: SelfRating }[] {
  const out: { at: Date; rating: SelfRating }[] = [];
  for (const r of story.rehearsals) {
    const at = new Date(r.at);
    // A follow-up answer rehearses one probe, not the whole story: it does not move the schedule.
    if (r.followUp) continue;
    if (!isSelfRating(r.rating) || Number.isNaN(at.getTime()) || at.getTime() > now.getTime()) continue;
    out.push({ at, rating: r.rating });
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Replays the ratings through FSRS and returns the card after the last one (undefined when none). */
export function replayCard(reviews: readonly { at: Date; rating: SelfRating }[]): Card | undefined {
  if (reviews.length === 0) return undefined;
  let card = createEmptyCard(reviews[0].at);
  for (const review of reviews) card = scheduler.next(card, review.at, fsrsGrade(review.rating)).card;
  return card;
}

/** Probability of recall `elapsedDays` after the last review of a memory of the given stability. */
export function recallProbability(elapsedDays: number, stability: number): number {
  return forgetting_curve(scheduler.parameters.w, Math.max(0, elapsedDays), stability);
}

export function storyMemory(story: Pick<Story, 'rehearsals'>, now: Date): StoryMemory {
  const reviews = ratedRehearsals(story, now);
  const card = replayCard(reviews);
  if (!card || card.state === State.New || !card.last_review) {
    return {
      state: 'new',
      reviews: 0,
      lapses: 0,
      dueAt: now,
      stability: 0,
      difficulty: 0,
      retrievability: 0,
      overdueDays: 0,
    };
  }
  const elapsed = (now.getTime() - card.last_review.getTime()) / DAY_MS;
  // ts-fsrs keeps the four grades' intervals strictly apart, which lets Good and Easy land a day or two
  // past maximum_interval; the cap is ours, so hold it.
  const dueAt = new Date(
    Math.min(card.due.getTime(), card.last_review.getTime() + SCHEDULER_PARAMS.maximum_interval * DAY_MS),
  );
  return {
    state: 'review',
    reviews: reviews.length,
    lapses: card.lapses,
    dueAt,
    lastReviewAt: card.last_review,
    lastRating: reviews[reviews.length - 1].rating,
    stability: card.stability,
    difficulty: card.difficulty,
    retrievability: recallProbability(elapsed, card.stability),
    overdueDays: (now.getTime() - dueAt.getTime()) / DAY_MS,
  };
}
