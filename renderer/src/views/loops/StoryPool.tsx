// Stories not yet in this loop, the ones that fit its focus competencies first. Dropping a card here
// takes it out of its round.
import { useDroppable } from '@dnd-kit/core';
import type { Story } from '#shared/domain/schemas';
import { POOL_ID } from './board-model';
import { DraggableStoryCard } from './StoryCard';
import type { BoardHelpers } from './use-board-helpers';

export function StoryPool({
  stories,
  helpers,
  focus,
}: {
  stories: readonly Story[];
  helpers: BoardHelpers;
  focus: readonly string[];
}) {
  const { setNodeRef, isOver } = useDroppable({ id: POOL_ID });
  const wanted = new Set(focus);
  const fit = (s: Story) => [...helpers.covers(s).keys()].filter((id) => wanted.has(id)).length;
  const sorted = [...stories].sort((a, b) => fit(b) - fit(a) || helpers.readiness(b) - helpers.readiness(a));
  return (
    <section
      className={`story-pool${isOver ? ' is-over' : ''}`}
      ref={setNodeRef}
      aria-labelledby="story-pool-title"
      data-testid="story-pool"
    >
      <h3 id="story-pool-title">
        Not in this loop <span className="muted small">({stories.length})</span>
      </h3>
      {sorted.length === 0 ? (
        <p className="muted small">Every story is placed. Drop a card here to take it out of its round.</p>
      ) : (
        <ul className="pool-stories">
          {sorted.map((story) => (
            <DraggableStoryCard key={story.id} story={story} zoneId={POOL_ID} helpers={helpers} focus={focus} />
          ))}
        </ul>
      )}
    </section>
  );
}
