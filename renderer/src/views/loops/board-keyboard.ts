// Keyboard movement for the plan board: with a story picked up (Space), the arrow keys jump to the
// previous or next drop zone in reading order (round 1, round 2, …, then the story pool), rather than
// nudging pixels, so "arrow down" always means "the next round".
import { KeyboardCode, rectIntersection, type CollisionDetection, type KeyboardCoordinateGetter } from '@dnd-kit/core';

const NEXT = new Set<string>([KeyboardCode.Down, KeyboardCode.Right]);
const PREVIOUS = new Set<string>([KeyboardCode.Up, KeyboardCode.Left]);

/** `zoneOrder()` lists droppable ids in reading order; `originOf` names the zone a card starts in. */
export function zoneKeyboardCoordinates(
  zoneOrder: () => readonly string[],
  originOf: (activeId: string) => string | undefined,
): KeyboardCoordinateGetter {
  return (event, { context: { active, over, droppableRects } }) => {
    const step = NEXT.has(event.code) ? 1 : PREVIOUS.has(event.code) ? -1 : 0;
    if (step === 0) return undefined;
    event.preventDefault();
    // Only the zones' rects are needed (not the card's, which may still be measuring right after pick-up).
    if (!active) return undefined;
    const order = zoneOrder();
    const current = over ? String(over.id) : originOf(String(active.id));
    const index = current === undefined ? -1 : order.indexOf(current);
    const target = order[Math.min(order.length - 1, Math.max(0, index + step))];
    const rect = target === undefined ? undefined : droppableRects.get(target);
    if (!rect) return undefined;
    // Put the card just inside the zone's top-left corner: well within it, so the zone is what it overlaps most.
    return { x: rect.left + 12, y: rect.top + 12 };
  };
}

/**
 * Which zone a dragged card is over: the zone that contains the card's top-left corner (where the
 * keyboard getter above places it), else the one it overlaps most. Overlap alone is unstable when a
 * short zone sits above a tall one: a tall card placed in the short zone overlaps the next one more.
 */
export const cornerFirstCollision: CollisionDetection = (args) => {
  const { collisionRect, droppableRects, droppableContainers } = args;
  const corner = { x: collisionRect.left + 1, y: collisionRect.top + 1 };
  for (const container of droppableContainers) {
    const rect = droppableRects.get(container.id);
    if (rect && corner.x >= rect.left && corner.x <= rect.right && corner.y >= rect.top && corner.y <= rect.bottom) {
      return [{ id: container.id, data: { droppableContainer: container, value: 1 } }];
    }
  }
  return rectIntersection(args);
};
