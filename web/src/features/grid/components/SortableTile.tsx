import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { GridTile, type GridTileItem } from './GridTile';

/** An upcoming post that can be dragged (or moved with the keyboard) to another place in the grid. */
export function SortableTile({ id, item, timeZone, disabled }: { id: string; item: GridTileItem; timeZone: string; disabled: boolean }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id, disabled });
  return (
    <GridTile
      item={item}
      timeZone={timeZone}
      tileRef={setNodeRef}
      dragStyle={{
        transform: CSS.Transform.toString(transform),
        transition,
        cursor: disabled ? 'progress' : 'grab',
        opacity: isDragging ? 0.6 : 1,
        touchAction: 'manipulation',
        zIndex: isDragging ? 1 : undefined,
      }}
      {...attributes}
      {...listeners}
    />
  );
}
