// A story on the plan board. The draggable card is the whole card (keyboard: focus it, then Space);
// StoryCardView is the look, shared with the drag overlay.
import { useDraggable } from '@dnd-kit/core';
import type { Story } from '#shared/domain/schemas';
import { cardId } from './board-model';
import type { BoardHelpers } from './use-board-helpers';

interface CardViewProps {
  story: Story;
  helpers: BoardHelpers;
  /** Focus competencies of the round the card is in: matching ones are highlighted. */
  focus?: readonly string[];
  overlay?: boolean;
}

export function StoryCardView({ story, helpers, focus = [], overlay = false }: CardViewProps) {
  const covers = helpers.covers(story);
  const hits = focus.filter((id) => covers.has(id));
  const others = [...covers.keys()].filter((id) => !hits.includes(id)).slice(0, Math.max(0, 3 - hits.length));
  return (
    <div className={`story-card${overlay ? ' is-overlay' : ''}${story.status === 'draft' ? ' is-draft' : ''}`}>
      <div className="story-card-top">
        <span className="story-card-title">{story.title || 'Untitled story'}</span>
        <span className="story-card-score" title="Readiness score">
          {Math.round(helpers.readiness(story))}
        </span>
      </div>
      <div className="story-card-tags">
        {story.status === 'draft' && <span className="status-chip is-draft">draft</span>}
        {hits.map((id) => (
          <span key={id} className="comp-chip is-hit">
            ✓ {helpers.competencyName(id)}
          </span>
        ))}
        {others.map((id) => (
          <span key={id} className="comp-chip">
            {helpers.competencyName(id)}
          </span>
        ))}
      </div>
    </div>
  );
}

export interface DraggableStoryCardProps {
  story: Story;
  zoneId: string;
  helpers: BoardHelpers;
  focus?: readonly string[];
  children?: React.ReactNode;
}

export function DraggableStoryCard({ story, zoneId, helpers, focus, children }: DraggableStoryCardProps) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: cardId(zoneId, story.id) });
  return (
    <li className={`story-card-slot${isDragging ? ' is-dragging' : ''}`}>
      {/* The card's own text is its name (axe: the accessible name must include the visible label); the
          drag instructions come from aria-describedby, set by dnd-kit. */}
      <div ref={setNodeRef} className="story-card-handle" {...attributes} {...listeners} data-story-id={story.id}>
        <StoryCardView story={story} helpers={helpers} focus={focus} />
      </div>
      {children}
    </li>
  );
}
