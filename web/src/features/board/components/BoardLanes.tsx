import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { Group, SegmentedControl, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import type { ContentItemStatus } from '../../../gql/graphql';
import { contentStatuses, isContentStatus, userMoves } from '../../../lib/content-status';
import { cardTitle, DraggedCard, type BoardCardItem } from './BoardCard';
import { BoardColumn } from './BoardColumn';
import type { GroupedColumn } from './board-columns';
import { columnKeyboardCoordinates } from './keyboard-columns';

interface BoardLanesProps {
  columns: GroupedColumn[];
  /** The cards' items as the cache holds them now, by id. */
  itemsById: ReadonlyMap<UniqueIdentifier, BoardCardItem>;
  loadingColumn: ContentItemStatus | null;
  onLoadMore: (status: ContentItemStatus) => void;
  onOpen: (itemId: string) => void;
  onMove: (item: BoardCardItem, to: ContentItemStatus) => void;
  isSelected: (itemId: string) => boolean;
  onSelect: (item: BoardCardItem, selected: boolean) => void;
}

// The column under the pointer; keyboard drags have no pointer, so the overlapping column.
const pointerThenOverlap: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  return underPointer.length > 0 ? underPointer : rectIntersection(args);
};

const screenReaderInstructions = {
  draggable:
    'To move this item, press space or enter. Use the left and right arrow keys to choose a column, ' +
    'space or enter to drop the item there, or escape to cancel.',
};

const columnName = (id: UniqueIdentifier | undefined) =>
  typeof id === 'string' && isContentStatus(id) ? contentStatuses[id].label : 'no column';

/** The columns as drop targets and their cards as draggables, by pointer, touch or keyboard. */
export function BoardLanes({ columns, itemsById, loadingColumn, onLoadMore, onOpen, onMove, isSelected, onSelect }: BoardLanesProps) {
  // A phone shows one status at a time, picked above it; cards move from the item's drawer.
  const isPhone = useMediaQuery('(max-width: 36em)');
  const [pickedStatus, setShownStatus] = useState<ContentItemStatus>('IDEA');
  // The status filter may have hidden the one picked: the first column left is shown then.
  const shownStatus = columns.some((column) => column.status === pickedStatus) ? pickedStatus : (columns[0]?.status ?? pickedStatus);
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );
  const [dragged, setDragged] = useState<BoardCardItem | null>(null);

  const titleOf = (id: UniqueIdentifier) => cardTitle(itemsById.get(id) ?? { title: '' });
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}.`,
    onDragOver: ({ active, over }) => `${titleOf(active.id)} is over ${columnName(over?.id)}.`,
    onDragEnd: ({ active, over }) => `Dropped ${titleOf(active.id)} on ${columnName(over?.id)}.`,
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled.`,
  };

  function handleDragStart({ active }: DragStartEvent) {
    setDragged(itemsById.get(active.id) ?? null);
  }

  function handleDragEnd({ active, over }: DragEndEvent) {
    setDragged(null);
    // The item as the cache holds it now: a live event may have changed it mid-drag.
    const item = itemsById.get(active.id);
    const to = over?.id;
    if (item && typeof to === 'string' && isContentStatus(to) && to !== item.status) onMove(item, to);
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={pointerThenOverlap}
      // Scroll the lanes only near their edge: by default a fifth of the width scrolls, which
      // slides the columns away under a card about to be dropped on the rightmost one.
      autoScroll={{ threshold: { x: 0.06, y: 0.2 } }}
      accessibility={{ announcements, screenReaderInstructions }}
      onDragStart={handleDragStart}
      onDragEnd={handleDragEnd}
      onDragCancel={() => setDragged(null)}
    >
      {isPhone ? (
        <Stack gap="sm">
          <SegmentedControl
            aria-label="Status shown"
            fullWidth
            size="xs"
            value={shownStatus}
            onChange={(value) => setShownStatus(value as ContentItemStatus)}
            data={columns.map((column) => ({ value: column.status, label: `${contentStatuses[column.status].label} ${column.count}` }))}
            styles={{ root: { flexWrap: 'wrap' } }}
          />
          {columns
            .filter((column) => column.status === shownStatus)
            .map((column) => (
              <BoardColumn
                key={column.status}
                column={column}
                acceptsDraggedCard={false}
                loadingMore={loadingColumn === column.status}
                onLoadMore={onLoadMore}
                onOpen={onOpen}
                isSelected={isSelected}
                onSelect={onSelect}
                fullWidth
              />
            ))}
        </Stack>
      ) : (
        <Group align="stretch" wrap="nowrap" gap="sm" pb="sm" style={{ overflowX: 'auto', scrollSnapType: 'x proximity' }}>
          {columns.map((column) => (
            <BoardColumn
              key={column.status}
              column={column}
              acceptsDraggedCard={dragged !== null && userMoves[dragged.status].includes(column.status)}
              loadingMore={loadingColumn === column.status}
              onLoadMore={onLoadMore}
              onOpen={onOpen}
              isSelected={isSelected}
              onSelect={onSelect}
            />
          ))}
        </Group>
      )}
      {/* No drop animation: the card is already in its new column (or back in its old one). */}
      <DragOverlay dropAnimation={null}>{dragged && <DraggedCard item={dragged} />}</DragOverlay>
    </DndContext>
  );
}
