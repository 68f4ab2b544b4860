import { closestCenter, DndContext, KeyboardSensor, MouseSensor, TouchSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, rectSortingStrategy, SortableContext, sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { Alert, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { describeActionError } from '../../../lib/graphql-errors';
import { useReorderUpcomingPosts } from '../hooks/useReorderUpcomingPosts';
import { GridTile, type GridTileItem } from './GridTile';
import { SortableTile } from './SortableTile';

export interface GridEntry {
  id: string;
  item: GridTileItem;
}

interface InstagramGridProps {
  personaId: string;
  timeZone: string;
  /** Upcoming posts, latest first: the order the profile will show them in once they are out. */
  upcoming: readonly GridEntry[];
  /** Published posts, newest first. */
  published: readonly GridEntry[];
}

/**
 * The persona's profile grid as it will look: upcoming posts first, then what is out. Dragging
 * an upcoming post to another place trades times, so the grid order is the publishing order.
 */
export function InstagramGrid({ personaId, timeZone, upcoming, published }: InstagramGridProps) {
  const { reorder, reordering } = useReorderUpcomingPosts();
  // The order just dropped, shown until the server's new times arrive.
  const [dropped, setDropped] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    // On a touch screen a tile is picked up by pressing and holding, so a swipe still scrolls the page.
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const byId = new Map(upcoming.map((entry) => [entry.id, entry]));
  const shown = (dropped ?? upcoming.map((entry) => entry.id)).flatMap((id) => byId.get(id) ?? []);

  async function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const ids = shown.map((entry) => entry.id);
    const next = arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
    setDropped(next);
    setError(null);
    try {
      // The grid shows the latest first; the server takes the publishing order, soonest first.
      await reorder(personaId, [...next].reverse());
    } catch (caught) {
      setError(`The order was not changed: ${describeActionError(caught)}`);
    } finally {
      setDropped(null);
    }
  }

  return (
    <>
      {error && (
        <Alert color="red" variant="light" role="alert" title="Could not reorder" mb="sm" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {upcoming.length === 0 && published.length === 0 && (
        <Text c="dimmed">
          Nothing for Instagram yet. Items written for Instagram with a planned or scheduled time appear here, and published ones
          below them.
        </Text>
      )}
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={(event) => void onDragEnd(event)}>
        <SortableContext items={shown.map((entry) => entry.id)} strategy={rectSortingStrategy}>
          <SimpleGrid cols={3} spacing={4} verticalSpacing={4} maw={620} aria-label="Instagram grid" role="list">
            {shown.map((entry) => (
              <div key={entry.id} role="listitem">
                <SortableTile id={entry.id} item={entry.item} timeZone={timeZone} disabled={reordering} />
              </div>
            ))}
            {published.map((entry) => (
              <div key={entry.id} role="listitem">
                <GridTile item={entry.item} timeZone={timeZone} />
              </div>
            ))}
          </SimpleGrid>
        </SortableContext>
      </DndContext>
    </>
  );
}
