// The 1–5 self-rating radio group, shared by the main answer and the follow-up round so both
// offer the same choices with the same meanings.
import { RATING_INFO, SELF_RATINGS, type SelfRating } from '#shared/practice/ratings';

interface Props {
  rating?: SelfRating;
  onRate(rating: SelfRating): void;
  /** The group's accessible name: a visible heading's id, or a label of its own. */
  labelledBy?: string;
  label?: string;
}

export function RatingButtons({ rating, onRate, labelledBy, label }: Props) {
  return (
    <div role="radiogroup" aria-labelledby={labelledBy} aria-label={label} className="ratings">
      {SELF_RATINGS.map((r) => (
        <button
          key={r}
          type="button"
          role="radio"
          aria-checked={rating === r}
          className={`rating${rating === r ? ' selected' : ''}`}
          onClick={() => onRate(r)}
          title={RATING_INFO[r].meaning}
        >
          <span className="rating-number">{r}</span>
          <span className="rating-label">{RATING_INFO[r].label}</span>
        </button>
      ))}
    </div>
  );
}
