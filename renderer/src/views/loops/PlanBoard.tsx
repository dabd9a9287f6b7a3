// The loop plan as a board: one drop zone per round and a pool of unassigned stories. Stories move by
// mouse, touch or keyboard (focus a card, Space to pick it up, arrows to move between rounds, Space to
// drop, Escape to cancel), and every step is announced to screen readers.
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useMemo, useState, type ReactNode } from 'react';
import type { Loop, Round, Story } from '#shared/domain/schemas';
import { focusFromLoop, roundFocus } from '#shared/loops/round-focus';
import { cornerFirstCollision, zoneKeyboardCoordinates } from './board-keyboard';
import { POOL_ID, parseCardId, type BoardMove } from './board-model';
import { RoundZone } from './RoundZone';
import { StoryCardView } from './StoryCard';
import { StoryPool } from './StoryPool';
import type { BoardHelpers } from './use-board-helpers';

export interface PlanBoardProps {
  loop: Loop;
  pool: readonly Story[];
  stageNames: ReadonlyMap<string, string>;
  helpers: BoardHelpers;
  onMove: (move: BoardMove) => void;
  onOpenStory: (storyId: string) => void;
  /** Shown above the pool (the warnings). */
  side?: ReactNode;
  /** Per round id, why the last Suggest left it empty. */
  emptyReasons?: ReadonlyMap<string, string>;
  /** What a round shows beside its name and under its stories (the interview log). */
  roundExtras?: (round: Round, index: number) => { head?: ReactNode; foot?: ReactNode; done?: boolean };
}

const INSTRUCTIONS =
  'To move a story, press Space to pick it up. Use the arrow keys to move it to another round, or to the story pool to take it out of the loop. Press Space again to drop it, or Escape to cancel.';

export function PlanBoard({
  loop,
  pool,
  stageNames,
  helpers,
  onMove,
  onOpenStory,
  side,
  emptyReasons,
  roundExtras,
}: PlanBoardProps) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const coordinateGetter = useMemo(() => {
    const zones = [...loop.rounds.map((r) => r.id), POOL_ID];
    return zoneKeyboardCoordinates(
      () => zones,
      (id) => parseCardId(id).zoneId,
    );
  }, [loop.rounds]);

  const zoneName = useMemo(() => {
    const names = new Map(loop.rounds.map((r, i) => [r.id, `round ${i + 1}, ${r.name || 'unnamed'}`]));
    return (id: string | number | undefined) =>
      id === undefined ? 'nowhere' : id === POOL_ID ? 'the story pool' : (names.get(String(id)) ?? 'nowhere');
  }, [loop.rounds]);
  const titleOf = (cardId: string | number) => helpers.title(parseCardId(String(cardId)).storyId);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    // Instant scrolling, so the zone under the card is known as soon as the key is handled.
    useSensor(KeyboardSensor, { coordinateGetter, scrollBehavior: 'auto' }),
  );

  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${titleOf(active.id)} from ${zoneName(parseCardId(String(active.id)).zoneId)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${titleOf(active.id)} is over ${zoneName(over.id)}.` : `${titleOf(active.id)} is not over a round.`,
    onDragEnd: ({ active, over }) =>
      over ? `${titleOf(active.id)} was dropped in ${zoneName(over.id)}.` : `${titleOf(active.id)} was put back.`,
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled; it is back where it was.`,
  };

  const onDragStart = (event: DragStartEvent) => setActiveId(String(event.active.id));
  const onDragEnd = (event: DragEndEvent) => {
    setActiveId(null);
    if (!event.over) return;
    const { storyId, zoneId } = parseCardId(String(event.active.id));
    const to = String(event.over.id);
    if (to !== zoneId) onMove({ storyId, from: zoneId, to });
  };

  const active = activeId ? helpers.story(parseCardId(activeId).storyId) : undefined;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={cornerFirstCollision}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActiveId(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }}
    >
      <div className="plan-board">
        <ol className="round-zones" aria-label="Rounds">
          {loop.rounds.map((round, index) => {
            const extras = roundExtras?.(round, index);
            return (
              <RoundZone
                key={round.id}
                round={round}
                focus={roundFocus(loop, round)}
                focusFromJob={focusFromLoop(loop, round)}
                index={index}
                stageName={round.stageId ? stageNames.get(round.stageId) : undefined}
                helpers={helpers}
                onOpenStory={onOpenStory}
                onRemove={(storyId) => onMove({ storyId, from: round.id, to: POOL_ID })}
                emptyReason={emptyReasons?.get(round.id)}
                headExtra={extras?.head}
                footExtra={extras?.foot}
                done={extras?.done}
              />
            );
          })}
        </ol>
        <div className="plan-side">
          {side}
          <StoryPool stories={pool} helpers={helpers} focus={loop.rounds.flatMap((r) => roundFocus(loop, r))} />
        </div>
      </div>
      <DragOverlay dropAnimation={null}>
        {active ? <StoryCardView story={active} helpers={helpers} overlay /> : null}
      </DragOverlay>
    </DndContext>
  );
}
