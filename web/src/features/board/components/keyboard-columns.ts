import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';

// Space around the dropped position, so the card lands inside the column under its heading.
const headingOffset = 48;

/**
 * Keyboard dragging between columns: left and right arrows jump to the centre of the next
 * column in that direction instead of nudging the card by a few pixels.
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  if (event.code !== KeyboardCode.Left && event.code !== KeyboardCode.Right) return undefined;
  event.preventDefault();
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (!collisionRect) return undefined;
  const direction = event.code === KeyboardCode.Right ? 1 : -1;
  const cardCentre = collisionRect.left + collisionRect.width / 2;

  let nearest: { left: number; top: number; width: number } | null = null;
  let nearestDistance = Number.POSITIVE_INFINITY;
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    const distance = (rect.left + rect.width / 2 - cardCentre) * direction;
    // The column the card is over is about zero away; the next one a column width.
    if (distance > rect.width / 2 && distance < nearestDistance) {
      nearest = rect;
      nearestDistance = distance;
    }
  }
  if (!nearest) return undefined;
  return { x: nearest.left + (nearest.width - collisionRect.width) / 2, y: nearest.top + headingOffset };
};
