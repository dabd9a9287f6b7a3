// One round on the board: its name and stage, its focus competencies (ticked when a story here covers
// them), and the stories placed in it.
import { useDroppable } from '@dnd-kit/core';
import type { ReactNode } from 'react';
import type { Round } from '#shared/domain/schemas';
import { DraggableStoryCard } from './StoryCard';
import type { BoardHelpers } from './use-board-helpers';

export interface RoundZoneProps {
  round: Round;
  /** The competencies the round is planned for: its own, or the loop's focus when it has none. */
  focus: readonly string[];
  /** True when `focus` is the loop's focus (from the job description). */
  focusFromJob: boolean;
  index: number;
  stageName?: string;
  helpers: BoardHelpers;
  onOpenStory: (storyId: string) => void;
  onRemove: (storyId: string) => void;
  /** Why the last Suggest left this round empty. */
  emptyReason?: string;
  /** Beside the round's name (whether it is done, and the button to log it). */
  headExtra?: ReactNode;
  /** Under the round's stories (what was told at this company before). */
  footExtra?: ReactNode;
  /** Logged as done: past planning, so it neither asks for stories nor marks its focus as open. */
  done?: boolean;
}

export function RoundZone({
  round,
  focus,
  focusFromJob,
  index,
  stageName,
  helpers,
  onOpenStory,
  onRemove,
  emptyReason,
  headExtra,
  footExtra,
  done = false,
}: RoundZoneProps) {
  const { setNodeRef, isOver } = useDroppable({ id: round.id });
  const stories = round.storyIds.map((id) => helpers.story(id)).filter((s) => s !== undefined);
  const covered = new Set(stories.flatMap((s) => [...helpers.covers(s).keys()]));
  const headingId = `round-${round.id}`;
  return (
    <li
      className={`round-zone${isOver ? ' is-over' : ''}${done ? ' is-done' : ''}`}
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-testid={`round-${index + 1}`}
    >
      <div className="round-zone-head">
        <span className="round-number" aria-hidden="true">
          {index + 1}
        </span>
        <h3 id={headingId} className="round-zone-title">
          {round.name || `Round ${index + 1}`}
        </h3>
        {/* The stage only adds information when the round is not already named after it. */}
        {stageName && stageName.toLowerCase() !== round.name.trim().toLowerCase() && (
          <span className="muted small">{stageName}</span>
        )}
        {headExtra}
      </div>
      {focusFromJob && <p className="muted small focus-source">No focus of its own: planned for the job focus.</p>}
      {focus.length > 0 && (
        <ul
          className="focus-list"
          aria-label={focusFromJob ? 'Focus competencies, from the job description' : 'Focus competencies'}
        >
          {focus.map((id) =>
            done ? (
              <li key={id} className="focus-chip">
                {helpers.competencyName(id)}
              </li>
            ) : (
              <li key={id} className={`focus-chip${covered.has(id) ? ' is-covered' : ' is-open'}`}>
                <span aria-hidden="true">{covered.has(id) ? '✓' : '○'}</span> {helpers.competencyName(id)}
                <span className="sr-only">{covered.has(id) ? ' (covered)' : ' (not covered yet)'}</span>
              </li>
            ),
          )}
        </ul>
      )}
      <ul className="round-stories" aria-label={`Stories for ${round.name || `round ${index + 1}`}`}>
        {stories.map((story) => (
          <DraggableStoryCard key={story.id} story={story} zoneId={round.id} helpers={helpers} focus={focus}>
            <div className="story-card-actions">
              <button type="button" className="link-button small" onClick={() => onOpenStory(story.id)}>
                Open
              </button>
              <button
                type="button"
                className="link-button small"
                onClick={() => onRemove(story.id)}
                aria-label={`Remove ${story.title || 'this story'} from ${round.name || `round ${index + 1}`}`}
              >
                Remove
              </button>
            </div>
          </DraggableStoryCard>
        ))}
        {stories.length === 0 && (
          <li className="round-empty">
            {done
              ? 'Logged as done. No story was placed in this round.'
              : emptyReason
                ? `Suggest left this round empty: ${emptyReason}`
                : 'Drop a story here, or press Suggest.'}
          </li>
        )}
      </ul>
      {footExtra}
    </li>
  );
}
