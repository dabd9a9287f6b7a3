// The 1–5 self-rating a person gives an attempt, and how it maps onto FSRS's four grades.
//
// FSRS (like Anki) grades a recall as Again (forgot), Hard (recalled with serious difficulty),
// Good (recalled, perhaps after hesitation) or Easy (effortless). Our scale has five steps, so two
// must share a grade. We merge 3 and 4 into Good rather than 4 and 5 into Easy: Easy multiplies the
// growth of the interval (w16 ≈ 1.87) and starts a new story at 8 days instead of 2, so mapping an
// ordinary "told it well" to Easy would push a story out of sight for over a week after one good
// run — too far for someone preparing for a loop a few weeks away. Easy is kept for "nailed it".
import { Rating, type Grade } from 'ts-fsrs';

export const SELF_RATINGS = [1, 2, 3, 4, 5] as const;
export type SelfRating = (typeof SELF_RATINGS)[number];

export interface RatingInfo {
  rating: SelfRating;
  label: string;
  /**
   * What the rating means, shown beside the buttons so people rate consistently. It says nothing of
   * time: the clock measured that, and the rating form states it beside the meaning.
   */
  meaning: string;
}

export const RATING_INFO: Record<SelfRating, RatingInfo> = {
  1: { rating: 1, label: 'Blanked', meaning: 'Lost the thread or could not tell it.' },
  2: { rating: 2, label: 'Rough', meaning: 'Got there with long pauses or missing parts.' },
  3: { rating: 3, label: 'OK', meaning: 'Complete but hesitant.' },
  4: { rating: 4, label: 'Good', meaning: 'Smooth and complete.' },
  5: { rating: 5, label: 'Nailed it', meaning: 'Crisp, numbers landed, effortless.' },
};

const GRADES: Record<SelfRating, Grade> = {
  1: Rating.Again,
  2: Rating.Hard,
  3: Rating.Good,
  4: Rating.Good,
  5: Rating.Easy,
};

export function isSelfRating(value: unknown): value is SelfRating {
  return typeof value === 'number' && (SELF_RATINGS as readonly number[]).includes(value);
}

export function fsrsGrade(rating: SelfRating): Grade {
  return GRADES[rating];
}
